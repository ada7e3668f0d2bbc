/// The commented starter scenario `shopper new` writes, in English or Russian.
///
/// It uses three touchpoints, one per role: where the customer finds the product, where they
/// order, and where the confirmation comes. With a registry they are picked from it (a
/// touchpoint of the step's stage where there is one); without, the starter's own touchpoints
/// are used, and `registryText` is the `touchpoints.yaml` that defines them.
public enum StarterScenario {
    /// The touchpoints the starter's three steps use, in step order.
    public struct Touchpoints: Sendable, Hashable {
        public var find: String
        public var order: String
        public var confirm: String

        public init(find: String, order: String, confirm: String) {
            self.find = find
            self.order = order
            self.confirm = confirm
        }

        public var ids: [String] { [find, order, confirm] }
    }

    /// The stages of the starter's three steps.
    public static let stages: [JourneyStage] = [.consideration, .purchase, .postPurchase]

    /// The starter's own touchpoints, for a workspace without a registry.
    public static func defaultTouchpoints(language: Language) -> [Touchpoint] {
        let ru = language == .ru
        return [
            Touchpoint(id: "website", name: ru ? "Каталог и поиск на сайте" : "Website catalogue and search", channel: "web",
                       stage: .consideration, owner: ru ? "Отдел электронной коммерции" : "E-commerce team",
                       importance: .init(customer: 5, business: 4)),
            Touchpoint(id: "checkout", name: ru ? "Оформление заказа на сайте" : "Online checkout", channel: "web",
                       stage: .purchase, owner: ru ? "Отдел электронной коммерции" : "E-commerce team",
                       importance: .init(customer: 5, business: 5)),
            Touchpoint(id: "order-email", name: ru ? "Письмо с подтверждением заказа" : "Order confirmation e-mail",
                       channel: "email", stage: .postPurchase, owner: ru ? "Служба клиентского сервиса" : "Customer service",
                       importance: .init(customer: 4, business: 3)),
        ]
    }

    /// The touchpoints for the three steps: from the registry when it has any, else the starter's own.
    public static func touchpoints(from registry: TouchpointRegistry?) -> Touchpoints {
        guard let registry, let first = registry.touchpoints.first else {
            return Touchpoints(find: "website", order: "checkout", confirm: "order-email")
        }
        let defaults = ["website", "checkout", "order-email"]
        let ids = zip(stages, defaults).map { stage, preferred in
            registry[preferred]?.id ?? registry.touchpoints.first { $0.stage == stage }?.id ?? first.id
        }
        return Touchpoints(find: ids[0], order: ids[1], confirm: ids[2])
    }

    /// The starter scenario, opening with the yaml-language-server modeline for `schemaPath` (a
    /// path relative to the scenario file, e.g. `../schema/scenario.schema.json`), which gives
    /// completion and checking in editors that use it.
    public static func text(id: String, language: Language, registry: TouchpointRegistry? = nil,
                            schemaPath: String = "../schema/scenario.schema.json") -> String {
        let t = touchpoints(from: registry)
        let body = language == .ru ? russian(id: id, t) : english(id: id, t)
        return "# yaml-language-server: $schema=\(schemaPath)\n" + body
    }

    /// A `touchpoints.yaml` with the starter's own touchpoints, commented.
    public static func registryText(language: Language) -> String {
        let ru = language == .ru
        var lines: [String] = ru ? [
            "# Реестр точек контакта: все места, где клиент встречается с компанией.",
            "# Шаги сценариев ссылаются на эти id в поле touchpoint. Проверка: `shopper check`.",
            "# Поля: id (строчные латинские буквы, цифры и дефисы), name (название), channel (канал),",
            "# stage (этап пути клиента), owner (кто отвечает), importance (важность от 1 до 5",
            "# для клиента и для бизнеса).",
            "touchpoints:",
        ] : [
            "# Touchpoints registry: every place where a customer meets the business.",
            "# Scenario steps name these ids in `touchpoint`. Check it with `shopper check`.",
            "# Fields: id (lowercase letters, digits and hyphens), name, channel, stage (journey stage),",
            "# owner (who is responsible), importance (1 to 5 for the customer and for the business).",
            "touchpoints:",
        ]
        for t in defaultTouchpoints(language: language) {
            lines += [
                "  - id: \(t.id)",
                "    name: \(t.name)",
                "    channel: \(t.channel)",
                "    stage: \(t.stage.rawValue)",
                "    owner: \(t.owner ?? "")",
                "    importance: {customer: \(t.importance.customer), business: \(t.importance.business)}",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
