import Foundation
import ShopperCore
import Testing
import YAMLKit

@Suite("Starter scenario")
struct StarterScenarioTests {
    static func decode(_ text: String, registry: TouchpointRegistry) throws -> (Scenario?, [Diagnostic]) {
        let node = try #require(try YAMLParser().parse(bytes: Array(text.utf8)))
        return ScenarioDecoder.decode(node, registry: registry)
    }

    @Test(arguments: Language.allCases)
    func starterDecodesWithoutDiagnostics(_ language: Language) throws {
        let text = StarterScenario.text(id: "order-kettle", language: language)
        let registry = TouchpointRegistry(touchpoints: StarterScenario.defaultTouchpoints(language: language))
        let (scenario, diagnostics) = try Self.decode(text, registry: registry)
        #expect(diagnostics.map { $0.formatted(path: "starter") } == [])
        let decoded = try #require(scenario)
        #expect(decoded.id == "order-kettle")
        #expect(decoded.language == language)
        #expect(decoded.steps.map(\.touchpoint) == ["website", "checkout", "order-email"])
    }

    @Test(arguments: Language.allCases)
    func starterIsCommentedAndShowsEveryKey(_ language: Language) {
        let text = StarterScenario.text(id: "x", language: language)
        let lines = text.split(separator: "\n")
        let comments = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        #expect(comments.count >= 30)
        let keys = ScenarioDecoder.scenarioKeys + ScenarioDecoder.stepKeys + ScenarioDecoder.checklistKeys
            + ScenarioDecoder.questionKeys + ScenarioDecoder.barrierKeys
        for key in Set(keys) {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):")
                || $0.trimmingCharacters(in: .whitespaces).hasPrefix("- \(key):") }, "no '\(key):' in the \(language) starter")
        }
        for type in Question.Kind.names {
            #expect(text.contains(type), "the \(language) starter does not mention question type \(type)")
        }
        for stage in JourneyStage.allCases {
            #expect(text.contains(stage.rawValue), "the \(language) starter does not mention stage \(stage.rawValue)")
        }
    }

    @Test func russianStarterIsInRussianAndEnglishIsNot() {
        func cyrillic(_ s: String) -> Int { s.unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count }
        let ru = StarterScenario.text(id: "x", language: .ru)
        let en = StarterScenario.text(id: "x", language: .en)
        #expect(cyrillic(ru) > 500)
        #expect(ru.contains("language: ru"))
        #expect(cyrillic(en) == 0)
        #expect(en.contains("language: en"))
        #expect(cyrillic(StarterScenario.registryText(language: .ru)) > 0)
    }

    @Test(arguments: Language.allCases)
    func starterRegistryDefinesTheTouchpointsTheStarterUses(_ language: Language) throws {
        let node = try #require(try YAMLParser().parse(bytes: Array(StarterScenario.registryText(language: language).utf8)))
        let (registry, diagnostics) = TouchpointsDecoder.decode(node)
        #expect(diagnostics.isEmpty)
        #expect(try #require(registry) == TouchpointRegistry(touchpoints: StarterScenario.defaultTouchpoints(language: language)))
        let (_, scenarioDiagnostics) = try Self.decode(StarterScenario.text(id: "x", language: language), registry: registry!)
        #expect(scenarioDiagnostics.isEmpty)
    }

    @Test func touchpointsComeFromTheWorkspaceRegistryByStage() throws {
        let registry = TouchpointRegistry(touchpoints: [
            Touchpoint(id: "call-centre", name: "Call centre", channel: "phone", stage: .retention, owner: "Service",
                       importance: .init(customer: 4, business: 4)),
            Touchpoint(id: "bus-app", name: "Bus app", channel: "app", stage: .purchase, owner: "Digital",
                       importance: .init(customer: 5, business: 5)),
        ])
        let picked = StarterScenario.touchpoints(from: registry)
        #expect(picked == .init(find: "call-centre", order: "bus-app", confirm: "call-centre"))
        let (scenario, diagnostics) = try Self.decode(StarterScenario.text(id: "x", language: .en, registry: registry),
                                                      registry: registry)
        #expect(diagnostics.isEmpty)
        #expect(scenario?.steps.map(\.touchpoint) == ["call-centre", "bus-app", "call-centre"])
    }

    @Test(arguments: Language.allCases) func schemaModelineIsTheFirstLineAndNoDocsAreNamed(language: Language) {
        let text = StarterScenario.text(id: "x", language: language, schemaPath: "../../schema/scenario.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/scenario.schema.json\n"))
        #expect(StarterScenario.text(id: "x", language: language).hasPrefix("# yaml-language-server: $schema=../schema/scenario.schema.json\n"))
        // A new user's workspace has no docs/ folder: the starter must not send them there.
        #expect(!text.contains("docs/"))
        #expect(!StarterScenario.registryText(language: language).contains("docs/"))
    }

    // MARK: Files for `shopper new`

    private func workspace() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("shopper-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func newWritesAStarterRegistryWhenThereIsNone() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try StarterFiles.plan(id: "trip", language: .ru, workspace: root).get()
        #expect(files.map(\.path) == ["\(root)/scenarios/touchpoints.yaml", "\(root)/schema/scenario.schema.json",
                                       "\(root)/scenarios/trip.yaml"])
        #expect(files[0].text == StarterScenario.registryText(language: .ru))
        #expect(files[1].text == ScenarioSchema.json())
        #expect(files[2].text.hasPrefix("# yaml-language-server: $schema=../schema/scenario.schema.json\n"))
        #expect(files[2].text.contains("scenario: trip\n"))
    }

    @Test func newUsesTheExistingRegistryAndTheSchemaModeline() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try AtomicFile.write("""
            touchpoints:
              - {id: shop-floor, name: Shop floor, channel: store, stage: purchase, owner: Retail, importance: {customer: 5, business: 5}}

            """, to: "\(root)/scenarios/touchpoints.yaml")
        try AtomicFile.write("{}\n", to: "\(root)/schema/scenario.schema.json")
        let files = try StarterFiles.plan(id: "visit", language: .en, output: "\(root)/scenarios/sub/visit.yaml", workspace: root).get()
        #expect(files.map(\.path) == ["\(root)/scenarios/sub/visit.yaml"])
        #expect(files[0].text.hasPrefix("# yaml-language-server: $schema=../../schema/scenario.schema.json\n"))
        #expect(files[0].text.contains("touchpoint: shop-floor"))
        #expect(!files[0].text.contains("touchpoint: website"))
    }

    @Test func newRefusesABadIdWithASuggestion() {
        #expect(throws: StarterFiles.Problem.invalidID("Поездка в Прагу", suggestion: "poezdka-v-pragu")) {
            try StarterFiles.plan(id: "Поездка в Прагу", language: .ru).get()
        }
        let message = StarterFiles.Problem.invalidID("My Trip", suggestion: "my-trip").description
        #expect(message.contains("try 'my-trip'"))
    }

    @Test func newRefusesToOverwrite() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = "\(root)/mine.yaml"
        try AtomicFile.write("scenario: mine\n", to: target)
        #expect(throws: StarterFiles.Problem.exists(target)) {
            try StarterFiles.plan(id: "mine", language: .en, output: target, workspace: root).get()
        }
    }

    @Test func newRefusesAnOutputNotNamedAfterTheId() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for output in ["\(root)/scenarios/order.yaml", "\(root)/scenarios/mine", "\(root)/scenarios/mine.yaml.txt"] {
            #expect(throws: StarterFiles.Problem.fileNameMismatch(path: output, id: "mine")) {
                try StarterFiles.plan(id: "mine", language: .en, output: output, workspace: root).get()
            }
        }
        let message = StarterFiles.Problem.fileNameMismatch(path: "s/order.yaml", id: "mine").description
        #expect(message.contains("try --output s/mine.yaml (nothing was written)"))
        #expect(try StarterFiles.plan(id: "mine", language: .en, output: "\(root)/elsewhere/mine.yml", workspace: root).get()
            .last?.path == "\(root)/elsewhere/mine.yml")
    }

    @Test func newRefusesABrokenRegistry() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try AtomicFile.write("touchpoints:\n  - id: Bad Id\n", to: "\(root)/scenarios/touchpoints.yaml")
        #expect(throws: StarterFiles.Problem.brokenRegistry("\(root)/scenarios/touchpoints.yaml")) {
            try StarterFiles.plan(id: "x", language: .en, workspace: root).get()
        }
    }

    @Test func relativePathsBetweenFolders() {
        #expect(StarterFiles.relativePath(from: "/w/scenarios", to: "/w/schema/s.json") == "../schema/s.json")
        #expect(StarterFiles.relativePath(from: "/w", to: "/w/schema/s.json") == "schema/s.json")
        #expect(StarterFiles.relativePath(from: "/w/a/b", to: "/w/s.json") == "../../s.json")
    }
}
