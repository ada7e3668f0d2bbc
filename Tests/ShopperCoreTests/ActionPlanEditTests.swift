import Foundation
import Synchronization
import Testing
@testable import ShopperCore

/// `ActionPlanEdit` and `ActionPlanEditor` (`shopper action`): the plan edited in place, every
/// other character of the file kept, the result read back and compared with the model.
@Suite struct ActionPlanEditTests {
    /// Block and flow items, comments everywhere, Cyrillic, a touchpoint without actions.
    static let registry = """
        # The registry. Comments stay.
        touchpoints:
          # --- Buses ---
          - id: pay   # the payment page
            name: Оплата
            channel: app
            stage: purchase
            owner: Payments lead
            importance: {customer: 5, business: 5}
            actions:
              - id: fix-3ds
                text: Keep the booking after 3-D Secure
                due: 2026-11-20
                status: doing   # started in W46
                barrier: 3ds-drop
              # a comment between items
              - {id: apple-pay, text: Offer Apple Pay, status: planned}

          - id: desk
            name: Приёмка техники
            channel: service-centre
            stage: post-purchase
            importance: {customer: 4, business: 3}
            # a comment at the end of the touchpoint

          - id: hotline
            name: Hotline
            channel: phone
            stage: post-purchase
            importance: {customer: 4, business: 3}
            actions: []
        # the end

        """

    static func decode(_ text: String) throws -> TouchpointRegistry {
        try #require(ActionPlanEditor.decode(text), "does not decode:\n\(text)")
    }

    /// The lines of `old` and `new` agree outside one block: `removed` lines of `old` became
    /// `added` lines of `new`, and everything before and after is byte for byte the same.
    static func expectOneBlockChanged(_ old: String, _ new: String, removed: Int, added: Int,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        #expect(a.count - prefix - suffix == removed && b.count - prefix - suffix == added,
                "changed lines: \(a[prefix..<(a.count - suffix)]) → \(b[prefix..<(b.count - suffix)])", sourceLocation: sourceLocation)
        // Every comment of the old text is still there (on an edited line too).
        for line in a {
            guard let hash = line.firstIndex(of: "#") else { continue }
            let comment = line[hash...]
            #expect(b.contains { $0.hasSuffix(comment) }, "lost: \(comment)", sourceLocation: sourceLocation)
        }
    }

    @Test func doneOnABlockItemReplacesTheStatusAndAddsDoneOn() throws {
        let day = CalendarDate(year: 2026, month: 11, day: 27)!
        let (text, line) = try ActionPlanEdit.apply(.status(action: "fix-3ds", to: .done, doneOn: day), touchpoint: "pay",
                                                    to: Self.registry).get()
        #expect(line == 14)
        #expect(text.contains("        status: done   # started in W46\n        barrier: 3ds-drop\n        done_on: 2026-11-27\n"))
        Self.expectOneBlockChanged(Self.registry, text, removed: 2, added: 3)
        var expected = try Self.decode(Self.registry)
        expected.touchpoints[0].actions[0].status = .done
        expected.touchpoints[0].actions[0].doneOn = day
        #expect(try Self.decode(text) == expected)
    }

    @Test func doneAndDropOnAFlowItemStayOnItsLine() throws {
        let day = CalendarDate(year: 2026, month: 11, day: 30)!
        let done = try ActionPlanEdit.apply(.status(action: "apple-pay", to: .done, doneOn: day), touchpoint: "pay", to: Self.registry).get()
        #expect(done.text.contains("      - {id: apple-pay, text: Offer Apple Pay, status: done, done_on: 2026-11-30}\n"))
        Self.expectOneBlockChanged(Self.registry, done.text, removed: 1, added: 1)
        let dropped = try ActionPlanEdit.apply(.status(action: "apple-pay", to: .dropped, doneOn: nil), touchpoint: "pay", to: Self.registry).get()
        #expect(dropped.text.contains("{id: apple-pay, text: Offer Apple Pay, status: dropped}"))
        #expect(dropped.line == 17)
    }

    @Test func addFollowsTheLastItemsStyle() throws {
        let action = Touchpoint.Action(id: "show-total", text: "Показать итог: цена, сборы", owner: "Анна", due: CalendarDate(year: 2026, month: 12, day: 4),
                                       status: .planned)
        let (text, line) = try ActionPlanEdit.apply(.add(action), touchpoint: "pay", to: Self.registry).get()
        // After the flow item (comments before it stay where they are), quoted where a plain value would misread.
        #expect(line == 18)
        #expect(text.contains("status: planned}\n      - {id: show-total, text: \"Показать итог: цена, сборы\", owner: Анна, due: 2026-12-04, status: planned}\n\n"))
        Self.expectOneBlockChanged(Self.registry, text, removed: 0, added: 1)
        var expected = try Self.decode(Self.registry)
        expected.touchpoints[0].actions.append(action)
        #expect(try Self.decode(text) == expected)
    }

    @Test func addToATouchpointWithoutActionsAddsTheKeyAfterItsLastValue() throws {
        let action = Touchpoint.Action(id: "vstrechat-po-imeni", text: "Встречать гостя по имени", status: .idea, barrier: "long-queue")
        let (text, line) = try ActionPlanEdit.apply(.add(action), touchpoint: "desk", to: Self.registry).get()
        #expect(line == 25)
        #expect(text.contains("""
                importance: {customer: 4, business: 3}
                actions:
                  - id: vstrechat-po-imeni
                    text: Встречать гостя по имени
                    status: idea
                    barrier: long-queue
                # a comment at the end of the touchpoint

            """))
        Self.expectOneBlockChanged(Self.registry, text, removed: 0, added: 5)
        var expected = try Self.decode(Self.registry)
        expected.touchpoints[1].actions = [action]
        #expect(try Self.decode(text) == expected)
    }

    @Test func idsThatWouldReadAsNumbersOrBooleansAreQuoted() throws {
        for id in ["123", "no", "2026"] {
            let action = Touchpoint.Action(id: id, text: "x", status: .idea, barrier: "404")
            let (text, _) = try ActionPlanEdit.apply(.add(action), touchpoint: "desk", to: Self.registry).get()
            #expect(text.contains("- id: \"\(id)\"\n") && text.contains("barrier: \"404\"\n"))
            #expect(try Self.decode(text)["desk"]?.actions == [action])
        }
    }

    @Test func addToAnEmptyFlowList() throws {
        let action = Touchpoint.Action(id: "callback", text: "Call back, not hold", status: .doing)
        let (text, _) = try ActionPlanEdit.apply(.add(action), touchpoint: "hotline", to: Self.registry).get()
        #expect(text.contains("    actions: [{id: callback, text: \"Call back, not hold\", status: doing}]\n"))
        Self.expectOneBlockChanged(Self.registry, text, removed: 1, added: 1)
    }

    @Test func crlfAndAByteOrderMarkAreKept() throws {
        let old = "\u{FEFF}" + Self.registry.replacingOccurrences(of: "\n", with: "\r\n")
        let day = CalendarDate(year: 2026, month: 11, day: 27)!
        let (text, _) = try ActionPlanEdit.apply(.status(action: "fix-3ds", to: .done, doneOn: day), touchpoint: "pay", to: old).get()
        #expect(text.hasPrefix("\u{FEFF}# The registry."))
        #expect(text.contains("barrier: 3ds-drop\r\n        done_on: 2026-11-27\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test(arguments: [
        ("touchpoints:\n  - {id: pay, name: P, channel: app, stage: purchase, importance: {customer: 1, business: 1}}\n", "flow style"),
        ("touchpoints:\n  - id: pay\n    name: P\n    channel: app\n    stage: purchase\n    importance: {customer: 1, business: 1}\n    actions: !!seq\n      - {id: a, text: x, status: idea}\n", "not a plain list"),
    ])
    func layoutsItCannotEditAreRefused(_ text: String, _ reason: String) {
        let action = Touchpoint.Action(id: "b", text: "y", status: .idea)
        guard case .failure(let refusal) = ActionPlanEdit.apply(.add(action), touchpoint: "pay", to: text) else {
            Issue.record("edited")
            return
        }
        #expect(refusal.reason.contains(reason))
    }

    // MARK: The editor: registry checks, files, lock

    static func workspace(_ text: String = registry) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shopper-action-\(UUID().uuidString)").path
        try AtomicFile.write(text, to: "\(root)/scenarios/touchpoints.yaml")
        return "\(root)/scenarios/touchpoints.yaml"
    }

    @Test func errorsNameTheNearestIdAndWriteNothing() throws {
        let path = try Self.workspace()
        let day = CalendarDate(year: 2026, month: 11, day: 27)!
        let cases: [(ActionPlanEdit.Change, String, ActionPlanEditor.Failure)] = [
            (.status(action: "fix-3ds", to: .done, doneOn: day), "pya", .unknownTouchpoint("pya", suggestion: "pay")),
            (.status(action: "fix-3dz", to: .done, doneOn: day), "pay", .unknownAction("fix-3dz", touchpoint: "pay", suggestion: "fix-3ds")),
            (.add(.init(id: "apple-pay", text: "x", status: .idea)), "desk", .duplicateAction("apple-pay", at: "pay")),
            (.add(.init(id: "", text: "—", status: .idea)), "desk", .noID("—")),
        ]
        for (change, tp, failure) in cases {
            #expect(ActionPlanEditor.apply(change, touchpoint: tp, registryPath: path) == .failure(failure))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.registry)
        // Done twice: the second is an error naming the day.
        _ = try ActionPlanEditor.apply(.status(action: "fix-3ds", to: .done, doneOn: day), touchpoint: "pay", registryPath: path).get()
        let again = ActionPlanEditor.apply(.status(action: "fix-3ds", to: .done, doneOn: day), touchpoint: "pay", registryPath: path)
        #expect(again == .failure(.status(action: "fix-3ds", is: .done, doneOn: day, wanted: .done)))
    }

    @Test func anIdMadeFromCyrillicTextIsUniqueAcrossTheRegistry() throws {
        let path = try Self.workspace()
        for _ in 0..<2 {
            _ = try ActionPlanEditor.apply(.add(.init(id: "", text: "Обратный звонок", status: .planned)), touchpoint: "desk",
                                           registryPath: path).get()
        }
        let registry = try #require(ScenarioLoader.loadRegistry(path).0)
        #expect(registry["desk"]?.actions.map(\.id) == ["obratnyy-zvonok", "obratnyy-zvonok-2"])
        // Long texts: whole words up to 40 characters.
        #expect(ActionPlanEditor.newID(for: "Show the total price before the card form", in: registry) == "show-the-total-price-before-the-card")
    }

    @Test func aTouchpointInTouchpointsDIsEditedInItsOwnFile() throws {
        let path = try Self.workspace()
        let folder = (path as NSString).deletingLastPathComponent
        let extra = "# imported\ntouchpoints:\n  - id: sign\n    name: Вывеска\n    channel: store\n    stage: awareness\n    importance: {customer: 2, business: 2}\n"
        try AtomicFile.write(extra, to: "\(folder)/touchpoints.d/import-1.yaml")
        let done = try ActionPlanEditor.apply(.add(.init(id: "light", text: "Подсветка вывески", status: .planned)), touchpoint: "sign",
                                              registryPath: path).get()
        #expect(done.path == "\(folder)/touchpoints.d/import-1.yaml" && done.line == 9)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.registry)
        #expect(try String(contentsOfFile: done.path, encoding: .utf8).hasPrefix(extra))
        // An id used in the other file is a duplicate.
        let dup = ActionPlanEditor.apply(.add(.init(id: "fix-3ds", text: "x", status: .idea)), touchpoint: "sign", registryPath: path)
        #expect(dup == .failure(.duplicateAction("fix-3ds", at: "pay")))
    }

    @Test func aBrokenRegistryIsReportedNotEdited() throws {
        let path = try Self.workspace("touchpoints:\n  - id: pay\n    name: P\n")
        guard case .failure(.registry(let problems)) = ActionPlanEditor.apply(.add(.init(id: "a", text: "x", status: .idea)),
                                                                             touchpoint: "pay", registryPath: path) else {
            Issue.record("not refused")
            return
        }
        #expect(!problems.isEmpty)
    }

    @Test func concurrentAddsAllLand() throws {
        let path = try Self.workspace()
        let n = 12
        let results = Mutex([Result<ActionPlanEditor.Done, ActionPlanEditor.Failure>]())
        DispatchQueue.concurrentPerform(iterations: n) { i in
            let r = ActionPlanEditor.apply(.add(.init(id: "a\(i)", text: "Действие \(i)", status: .idea)),
                                           touchpoint: i % 2 == 0 ? "pay" : "desk", registryPath: path)
            results.withLock { $0.append(r) }
        }
        #expect(results.withLock { $0.allSatisfy { (try? $0.get()) != nil } })
        let registry = try #require(ScenarioLoader.loadRegistry(path).0)
        let ids = Set(registry.touchpoints.flatMap { $0.actions.map(\.id) })
        #expect(ids.isSuperset(of: (0..<n).map { "a\($0)" }))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in Self.registry.split(separator: "\n") where line.contains("#") { #expect(text.contains(line)) }
    }
}
