/// A question asked after a step or in the closing survey.
public struct Question: Sendable, Hashable {
    public var id: String
    public var ask: String
    public var kind: Kind
    /// When false the tester may leave the answer empty.
    public var required: Bool

    public init(id: String, ask: String, kind: Kind, required: Bool = true) {
        self.id = id
        self.ask = ask
        self.kind = kind
        self.required = required
    }

    public enum Kind: Sendable, Hashable {
        /// Net Promoter question, 0 to 10.
        case nps
        /// Customer satisfaction, 1 to 5.
        case csat
        /// Customer effort score, 1 to 7.
        case ces
        /// Single ease question, 1 to 7.
        case seq
        case scale(min: Int, max: Int, labels: [Int: String])
        case yesno
        case choice(options: [String])
        case number(min: Double?, max: Double?, unit: String?)
        case text

        /// The `type` name used in scenario files.
        public var name: String {
            switch self {
            case .nps: "nps"
            case .csat: "csat"
            case .ces: "ces"
            case .seq: "seq"
            case .scale: "scale"
            case .yesno: "yesno"
            case .choice: "choice"
            case .number: "number"
            case .text: "text"
            }
        }

        public static let names = ["nps", "csat", "ces", "seq", "scale", "yesno", "choice", "number", "text"]

        /// The integer range of rating kinds (nps, csat, ces, seq, scale); nil for the others.
        public var range: ClosedRange<Int>? {
            switch self {
            case .nps: 0...10
            case .csat: 1...5
            case .ces, .seq: 1...7
            case .scale(let min, let max, _): min...max
            default: nil
            }
        }
    }
}
