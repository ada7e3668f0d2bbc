import Foundation
import ShopperCore
import Synchronization
import Testing

/// `shopper action` on a copy of the shipped samples: what it says, what it writes, its errors.
@Suite struct ActionCommandTests {
    /// A copy of the sample scenarios in a new temporary folder; returns the folder.
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shopper-action-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios"),
                                         to: root.appendingPathComponent("scenarios"))
        return root
    }

    static func registry(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("scenarios/touchpoints.yaml"), encoding: .utf8)
    }

    @Test func addDoneAndDropSayWhatChangedAndTheRegistryStillChecks() throws {
        let root = try Self.workspace()
        let before = try Self.registry(root)
        let add = try ShopperProcess.run(["action", "add", "bus-app-payment", "Показать итоговую цену до ввода карты", "--due", "2026-12-10",
                                          "--owner", "Анна, e-commerce", "--barrier", "3ds-drop"], in: root)
        #expect(add.status == 0, "\(add.stderr)")
        let line = try #require(before.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("id: psp-timeout-alert") }) + 2
        #expect(add.stdout == "added action 'pokazat-itogovuyu-tsenu-do-vvoda-karty' (planned) to touchpoint 'bus-app-payment' in scenarios/touchpoints.yaml:\(line)\n")
        let done = try ShopperProcess.run(["action", "done", "bus-app-payment", "fix-3ds-drop", "--today", "2026-11-26", "--lang", "ru"], in: root)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.hasPrefix("действие 'fix-3ds-drop' точки контакта 'bus-app-payment' отмечено сделанным 2026-11-26: scenarios/touchpoints.yaml:"))
        let drop = try ShopperProcess.run(["action", "drop", "bus-e-ticket", "wallet-pass"], in: root)
        #expect(drop.status == 0 && drop.stdout.hasPrefix("dropped action 'wallet-pass' of touchpoint 'bus-e-ticket' in scenarios/touchpoints.yaml:"))

        let after = try Self.registry(root)
        let removed = Set(before.split(separator: "\n")).subtracting(after.split(separator: "\n"))
        // Only wallet-pass's line is gone (fix-3ds-drop's `status: doing` line is like another's);
        // two lines are new: the added action and fix-3ds-drop's done_on.
        #expect(removed.count == 1 && removed.first?.contains("id: wallet-pass") == true, "\(removed)")
        #expect(after.split(separator: "\n").count == before.split(separator: "\n").count + 2)
        for comment in before.split(separator: "\n") where comment.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            #expect(after.contains(comment))
        }
        let check = try ShopperProcess.run(["check", "scenarios"], in: root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let list = try ShopperProcess.run(["action", "list", "bus-app-payment", "--all"], in: root)
        #expect(list.stdout.contains("[done] fix-3ds-drop — Keep the booking after 3-D Secure instead of restarting it (done 2026-11-26 · barrier 3ds-drop)"))
        #expect(list.stdout.contains("[planned] pokazat-itogovuyu-tsenu-do-vvoda-karty — Показать итоговую цену до ввода карты (Анна, e-commerce · due 2026-12-10 · barrier 3ds-drop)"))
        // The weekly page sees it (in the whole plan: done this week).
        let weekly = try ShopperProcess.run(["weekly", "--week", "2026-W48",
                                             "--runs", ShopperProcess.packageRoot.appendingPathComponent("reports/runs").path], in: root)
        #expect(weekly.stdout.components(separatedBy: "The whole plan")[1].contains("- fix-3ds-drop — "), "\(weekly.stdout)\(weekly.stderr)")
    }

    @Test(arguments: [
        (["action", "done", "bus-app-paymnt", "fix-3ds-drop"], "error: unknown touchpoint 'bus-app-paymnt'; did you mean 'bus-app-payment'?"),
        (["action", "done", "bus-app-payment", "fix-3ds-dorp"], "error: touchpoint 'bus-app-payment' has no action 'fix-3ds-dorp'; did you mean 'fix-3ds-drop'?"),
        (["action", "done", "bus-app-payment", "apple-pay"], "error: action 'apple-pay' is already done (on 2026-11-25)"),
        (["action", "done", "bus-app-payment", "fix-3ds-drop", "--on", "2026-11-31"], "error: --on: there is no day '2026-11-31' in the calendar"),
        (["action", "add", "bus-app-payment", "Again", "--id", "apple-pay"], "error: action id 'apple-pay' is already used by touchpoint 'bus-app-payment'"),
        (["action", "add", "bus-app-payment", "X", "--due", "tomorrow"], "error: --due: expected a date written YYYY-MM-DD"),
        (["action", "add", "bus-app-payment", "X", "--id", "Not A Slug"], "error: --id: 'Not A Slug' is not a slug"),
        (["action", "add", "bus-app-payment", "Fix it\nnow"], "error: the action's text contains a newline (U+000A); an action is one line of printable text"),
        (["action", "add", "bus-app-payment", "\u{1B}[31mRed"], "error: the action's text contains an escape (U+001B)"),
        (["action", "add", "bus-app-payment", "X", "--owner", "Anna\tB"], "error: --owner: the name contains a tab (U+0009)"),
        (["action", "add", "bus-app-payment", "X", "--barrier", "3ds-dorp"], "error: --barrier: unknown barrier '3ds-dorp'; did you mean '3ds-drop'?"),
        (["action", "add", "bus-app-payment", "X", "--status", "done"], "done"),
        (["action", "drop", "bus-app-checkout", "passenger-autofill"], "error: action 'passenger-autofill' is already dropped"),
    ])
    func badRequestsAreClearErrorsAndWriteNothing(_ arguments: [String], _ message: String) throws {
        let root = try Self.workspace()
        let before = try Self.registry(root)
        let result = try ShopperProcess.run(arguments, in: root)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try Self.registry(root) == before)
    }

    @Test func concurrentCommandsAllLand() throws {
        let root = try Self.workspace()
        let n = 6
        let statuses = Mutex([Int32]())
        DispatchQueue.concurrentPerform(iterations: n) { i in
            let r = try? ShopperProcess.run(["action", "add", "office-reception", "Шаг \(i)", "--id", "step-\(i)"], in: root)
            statuses.withLock { $0.append(r?.status ?? -1) }
        }
        #expect(statuses.withLock { $0 } == Array(repeating: 0, count: n))
        let list = try ShopperProcess.run(["action", "list", "office-reception"], in: root)
        for i in 0..<n { #expect(list.stdout.contains("step-\(i) — Шаг \(i)")) }
    }
}
