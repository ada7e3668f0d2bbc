import Foundation
import ShopperCore
import YAMLKit

/// The fast path of `RunLoader`: builds a `RunSummary` straight from libyaml events, with no
/// node tree, keys compared as bytes and only the values the statistics need converted.
///
/// It accepts a strict subset of what `SourceFile` + `RunDecoder` accept, and for those files
/// gives the same summary. Whenever it meets anything it does not recognise exactly (a tag,
/// anchor or alias, an unknown or repeated key, a value of the wrong type or out of range, a
/// key that is not a plain string, a second document, invalid UTF-8, a YAML error...) it
/// returns nil and the caller takes the full path, which gives the positioned diagnostics.
/// One reader is reused for many files by one thread.
struct RunSummaryReader {
    private enum Level {
        case root, context, steps, step, barriers, barrier, checklist, answers, notes, note, survey

        var isMapping: Bool {
            switch self {
            case .steps, .barriers, .notes: false
            default: true
            }
        }
    }

    private struct Frame {
        var level: Level
        /// Fixed-key mappings: bit per key seen, and per key with a value other than a plain null.
        var seen: UInt16 = 0
        var valued: UInt16 = 0
        /// In a mapping: the key whose value comes next (index into the level's key list,
        /// or into `keyRanges` for id-keyed mappings); -1 while a key is expected.
        var pending = -1
    }

    struct StepState {
        var step: String?
        var touchpoint: String?
        var outcome: StepRecord.Outcome?
        var seconds = 0.0
        var score: Int?
        var checklist: [(String, ChecklistAnswer)] = []
        var answers: [RunSummary.NumericAnswer] = []
        var barriers: [BarrierRecord] = []
        /// A wait step's `sent`, `answered`, `response_seconds`, `response_working_seconds`:
        /// read only to hold them to `RunDecoder`'s checks (`waitIsValid`).
        var sent: Date?
        var answered: Date?
        var responseSeconds: Double?
        var responseWorkingSeconds: Double?
    }

    private struct BarrierState {
        var id: String?
        var text: String?
        var severity: BarrierRecord.Severity?
        var at = 0.0
        var cause = false
    }

    // Key lists, in bit order.
    private static let runKeys: [StaticString] = ["format", "run", "scenario", "scenario_version", "tester", "started",
                                                  "finished", "status", "context", "steps", "survey"]
    private static let stepKeys: [StaticString] = ["step", "touchpoint", "stage", "outcome", "seconds", "paused_seconds",
                                                   "score", "barriers", "checklist", "answers", "notes", "sent", "answered",
                                                   "response_seconds", "response_working_seconds"]
    /// The bits of the wait keys in `stepKeys` (a step's `attempts` is left to the full path).
    private static let waitBits: UInt16 = 0b1111 << 11
    private static let barrierKeys: [StaticString] = ["id", "text", "severity", "at", "cause"]
    private static let noteKeys: [StaticString] = ["at", "text"]

    private static let maxNodes = YAMLParser.Limits().maxNodes

    // Document state.
    private var phase = 0 // 0 before the document, 1 before the root, 2 in the root, 3 after it, 4 after the document
    private var stack: [Frame] = []
    private var nodes = 0
    // Keys of the id-keyed mapping being read (context, checklist, answers, survey).
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int>] = []

    // The run.
    private(set) var id: String?
    private(set) var scenario: String?
    private(set) var version = 1
    private(set) var tester: String?
    private(set) var started: Date?
    private(set) var finished: Date?
    private(set) var status: Run.Status?
    private(set) var steps: [StepState] = []
    /// Notes met in any step (`RunSummary.noteCount`).
    private(set) var noteCount: UInt32 = 0
    /// The ids in `steps`, to refuse a repeated step without searching.
    private var stepIDs = Set<String>()
    /// Strings met before (scenario, step, touchpoint and barrier ids, barrier texts, testers):
    /// summaries share one copy instead of a heap string each (100,000 runs name the same few).
    private var seenStrings = Set<String>()

    /// `text`, or an equal string met before. Short strings are stored inline anyway; the set
    /// stops growing at 4,096 strings, so free text cannot make it large.
    private mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        if let index = seenStrings.firstIndex(of: text) { return seenStrings[index] }
        if seenStrings.count < 4_096 { seenStrings.insert(text) }
        return text
    }
    private(set) var survey: [RunSummary.NumericAnswer] = []
    /// The context keys to keep (`RunLoader.contextKeys`), and the values kept.
    var contextKeys: Set<String> = []
    private(set) var context: [String: String] = [:]
    private(set) var step = StepState()
    private var barrier = BarrierState()

    init() {
        stack.reserveCapacity(8)
        keyBytes.reserveCapacity(256)
        keyRanges.reserveCapacity(32)
    }

    /// The summary of the run file in `buffer`, or nil when the full path must decide.
    mutating func summarise(_ buffer: UnsafeRawBufferPointer, path: String,
                            scenarios: [String: Scenario]) -> RunSummary? {
        reset()
        let completed: Bool
        do {
            completed = try YAMLEventReader.read(buffer) { event in handle(event) ? .proceed : .stop }
        } catch {
            return nil
        }
        guard completed, phase == 4 else { return nil }
        return summary(path: path, scenarios: scenarios)
    }

    private mutating func reset() {
        phase = 0
        if !context.isEmpty { context = [:] }
        stack.removeAll(keepingCapacity: true)
        nodes = 0
        keyBytes.removeAll(keepingCapacity: true)
        keyRanges.removeAll(keepingCapacity: true)
        id = nil
        scenario = nil
        version = 1
        tester = nil
        started = nil
        finished = nil
        status = nil
        steps.removeAll(keepingCapacity: true)
        noteCount = 0
        stepIDs.removeAll(keepingCapacity: true)
        survey.removeAll(keepingCapacity: true)
        step = StepState()
        barrier = BarrierState()
    }

    // MARK: Events

    /// False when the file is not recognised.
    private mutating func handle(_ e: borrowing YAMLEventReader.Event) -> Bool {
        if e.hasTag || e.hasAnchor { return false }
        switch e.kind {
        case .alias:
            return false
        case .documentStart:
            guard phase == 0 else { return false }
            phase = 1
            return true
        case .documentEnd:
            guard phase == 3 else { return false }
            phase = 4
            return true
        case .scalar, .mappingStart, .sequenceStart:
            nodes += 1
            if nodes > Self.maxNodes { return false }
        case .mappingEnd, .sequenceEnd:
            break
        }
        if phase == 1 {
            guard e.kind == .mappingStart else { return false }
            phase = 2
            stack.append(Frame(level: .root))
            return true
        }
        guard phase == 2, let top = stack.last else { return false }
        switch e.kind {
        case .scalar:
            if top.level.isMapping {
                return top.pending < 0 ? key(e) : value(e)
            }
            return false // a list item that is not a mapping
        case .mappingStart:
            return open(e.kind)
        case .sequenceStart:
            return open(e.kind)
        case .mappingEnd, .sequenceEnd:
            return close()
        default:
            return false
        }
    }

    private static func keyIndex(_ e: borrowing YAMLEventReader.Event, in keys: [StaticString]) -> Int? {
        for (index, key) in keys.enumerated() where e.equals(key) { return index }
        return nil
    }

    /// A key in the mapping on top of the stack.
    private mutating func key(_ e: borrowing YAMLEventReader.Event) -> Bool {
        let last = stack.count - 1
        let keys: [StaticString]
        switch stack[last].level {
        case .root: keys = Self.runKeys
        case .step: keys = Self.stepKeys
        case .barrier: keys = Self.barrierKeys
        case .note: keys = Self.noteKeys
        case .context, .checklist, .answers, .survey:
            return idKey(e, allowUnderscore: stack[last].level == .context)
        case .steps, .barriers, .notes:
            return false
        }
        guard let index = Self.keyIndex(e, in: keys) else { return false }
        let bit = UInt16(1) << index
        guard stack[last].seen & bit == 0 else { return false }
        stack[last].seen |= bit
        stack[last].pending = index
        return true
    }

    /// A key of an id-keyed mapping: a slug that reads as a string, not seen before.
    private mutating func idKey(_ e: borrowing YAMLEventReader.Event, allowUnderscore: Bool) -> Bool {
        let bytes = e.bytes
        guard let first = bytes.first, Self.isLowerAlnum(first) else { return false }
        for b in bytes where !(Self.isLowerAlnum(b) || b == UInt8(ascii: "-") || (allowUnderscore && b == UInt8(ascii: "_"))) {
            return false
        }
        // A plain key such as `yes` or `12` is a boolean or number to the duplicate check.
        if e.style == .plain, e.resolvedKind != .string { return false }
        for range in keyRanges where range.count == bytes.count {
            if keyBytes[range].elementsEqual(bytes) { return false }
        }
        let start = keyBytes.count
        keyBytes.append(contentsOf: bytes)
        keyRanges.append(start..<keyBytes.count)
        stack[stack.count - 1].pending = keyRanges.count - 1
        return true
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    private func pendingKey() -> String {
        String(decoding: keyBytes[keyRanges[stack[stack.count - 1].pending]], as: UTF8.self)
    }

    /// A scalar value in the mapping on top of the stack.
    private mutating func value(_ e: borrowing YAMLEventReader.Event) -> Bool {
        let last = stack.count - 1
        let index = stack[last].pending
        stack[last].pending = -1
        let level = stack[last].level
        switch level {
        case .context:
            // Any scalar; kept, as the decoder gives it (its text), when asked for.
            if !contextKeys.isEmpty {
                let key = pendingKeyAt(index)
                if contextKeys.contains(key) { context[key] = intern(e.string) }
            }
            return true
        case .checklist:
            guard let answer = Self.checklistAnswer(e) else { return false }
            step.checklist.append((pendingKeyAt(index), answer))
            return true
        case .answers, .survey:
            switch e.resolvedKind {
            case .null, .bool, .string:
                return true
            case .int, .double:
                // .inf, .nan and magnitudes past `RunLimits.maxNumber`; ratings are checked at the end.
                guard let number = Self.number(e), abs(number) <= RunLimits.maxNumber else { return false }
                let answer = RunSummary.NumericAnswer(pendingKeyAt(index), number)
                if level == .answers { step.answers.append(answer) } else { survey.append(answer) }
                return true
            }
        default:
            break
        }
        // Fixed-key mappings: a plain null is as good as absent.
        if e.isPlainNull { return true }
        stack[last].valued |= UInt16(1) << index
        switch level {
        case .root: return rootValue(index, e)
        case .step: return stepValue(index, e)
        case .barrier: return barrierValue(index, e)
        case .note:
            if index == 0 { return Self.seconds(e) != nil }
            return true // text: any scalar
        default: return false
        }
    }

    private func pendingKeyAt(_ index: Int) -> String {
        String(decoding: keyBytes[keyRanges[index]], as: UTF8.self)
    }

    private mutating func rootValue(_ index: Int, _ e: borrowing YAMLEventReader.Event) -> Bool {
        switch index {
        case 0: // format
            guard e.style == .plain, case .int(Run.format) = e.resolved else { return false }
        case 1: // run
            let text = e.string
            guard RunID.isValid(text) else { return false }
            id = text
        case 2: // scenario
            let text = e.string
            guard Slug.isValid(text) else { return false }
            scenario = intern(text)
        case 3: // scenario_version
            guard e.style == .plain, case .int(let v) = e.resolved, (1...Int(Int32.max)).contains(v) else { return false }
            version = v
        case 4: // tester
            let text = e.string
            // A name with a control character is an error of the full decoder (`NodeDecoder.name`).
            guard Self.hasContent(e.bytes, text), ControlCharacters.first(in: text) == nil else { return false }
            tester = intern(text)
        case 5, 6: // started, finished
            guard let date = Timestamp.parse(e.string) else { return false }
            if index == 5 { started = date } else { finished = date }
        case 7:
            guard let s = Run.Status(rawValue: e.string) else { return false }
            status = s
        default:
            return false // context, steps, survey must be collections
        }
        return true
    }

    private mutating func stepValue(_ index: Int, _ e: borrowing YAMLEventReader.Event) -> Bool {
        switch index {
        case 0, 1: // step, touchpoint
            let text = e.string
            guard Slug.isValid(text) else { return false }
            if index == 0 { step.step = intern(text) } else { step.touchpoint = intern(text) }
        case 2: // stage
            guard JourneyStage(rawValue: e.string) != nil else { return false }
        case 3:
            guard let outcome = StepRecord.Outcome(rawValue: e.string) else { return false }
            step.outcome = outcome
        case 4, 5: // seconds, paused_seconds
            guard let seconds = Self.seconds(e) else { return false }
            if index == 4 { step.seconds = seconds }
        case 6: // score
            guard e.style == .plain, case .int(let score) = e.resolved, (0...10).contains(score) else { return false }
            step.score = score
        case 11, 12: // sent, answered
            guard let date = Timestamp.parse(e.string) else { return false }
            if index == 11 { step.sent = date } else { step.answered = date }
        case 13, 14: // response_seconds, response_working_seconds
            guard let seconds = Self.seconds(e) else { return false }
            if index == 13 { step.responseSeconds = seconds } else { step.responseWorkingSeconds = seconds }
        default:
            return false // barriers, checklist, answers, notes must be collections
        }
        return true
    }

    private mutating func barrierValue(_ index: Int, _ e: borrowing YAMLEventReader.Event) -> Bool {
        switch index {
        case 0:
            let text = e.string
            guard Slug.isValid(text) else { return false }
            barrier.id = intern(text)
        case 1:
            barrier.text = intern(e.string)
        case 2:
            guard e.style == .plain, case .int(let v) = e.resolved, let severity = BarrierRecord.Severity(rawValue: v) else {
                return false
            }
            barrier.severity = severity
        case 3:
            guard let at = Self.seconds(e) else { return false }
            barrier.at = at
        default: // cause: a plain true/false (else the full decoder says what is wrong)
            guard e.style == .plain, case .bool(let cause) = e.resolved else { return false }
            barrier.cause = cause
        }
        return true
    }

    /// A collection starts.
    private mutating func open(_ kind: YAMLEventReader.Kind) -> Bool {
        let last = stack.count - 1
        let parent = stack[last]
        let mapping = kind == .mappingStart
        var level: Level
        switch (parent.level, parent.pending, mapping) {
        case (.root, 8, true): level = .context
        case (.root, 9, false): level = .steps
        case (.root, 10, true): level = .survey
        case (.steps, _, true):
            level = .step
            step = StepState()
        case (.step, 7, false): level = .barriers
        case (.step, 8, true): level = .checklist
        case (.step, 9, true): level = .answers
        case (.step, 10, false): level = .notes
        case (.barriers, _, true):
            level = .barrier
            barrier = BarrierState()
        case (.notes, _, true): level = .note
        default: return false
        }
        if parent.level.isMapping {
            stack[last].valued |= UInt16(1) << parent.pending
        }
        if level == .context || level == .checklist || level == .answers || level == .survey {
            keyBytes.removeAll(keepingCapacity: true)
            keyRanges.removeAll(keepingCapacity: true)
        }
        stack.append(Frame(level: level))
        return true
    }

    /// A collection ends.
    private mutating func close() -> Bool {
        let frame = stack.removeLast()
        switch frame.level {
        case .root:
            // format, run, scenario, tester, started, status, steps
            guard frame.valued & 0b010_1011_0111 == 0b010_1011_0111 else { return false }
            phase = 3
            return true
        case .step:
            // step, touchpoint, stage, outcome
            guard frame.valued & 0b1111 == 0b1111 else { return false }
            if frame.valued & Self.waitBits != 0, !waitIsValid() { return false }
            guard let id = step.step, stepIDs.insert(id).inserted else { return false }
            steps.append(step)
        case .barrier:
            guard frame.valued & 0b111 == 0b111, let id = barrier.id, let text = barrier.text,
                  let severity = barrier.severity else { return false }
            step.barriers.append(BarrierRecord(id: id, text: text, severity: severity, at: barrier.at, cause: barrier.cause))
        case .note:
            guard frame.valued & 0b10 != 0 else { return false }
            if noteCount < UInt32.max { noteCount += 1 }
        default:
            break
        }
        let last = stack.count - 1
        if last >= 0 { stack[last].pending = -1 }
        return true
    }
}
