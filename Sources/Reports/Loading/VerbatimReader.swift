import Foundation
import ShopperCore
import YAMLKit

/// The fast path of `VerbatimLoader`: the texts of a run file (`VerbatimCollector.Said`) straight
/// from libyaml events, with no node tree: notes, barrier ids and texts, text answers, the
/// `location` context. The file was read and checked once already (`RunLoader`); anything unusual
/// (a tag, anchor or alias, a second document, a scalar where a mapping belongs, a YAML error)
/// gives nil and the full decoder reads the file instead. Answers are text by `RunDecoder`'s rule:
/// quoted, or a plain scalar that resolves to a string. One reader per thread, reused.
struct VerbatimReader {
    private enum Level {
        case root, context, steps, step, barriers, barrier, answers, notes, note, survey
        /// A collection whose content is not needed (checklist…), and everything inside it.
        case skipMapping, skipSequence

        var isMapping: Bool {
            switch self {
            case .steps, .barriers, .notes, .skipSequence: false
            default: true
            }
        }
    }

    private struct Frame {
        var level: Level
        /// In a mapping: the key whose value comes next; nil while a key is expected.
        var key: String?
    }

    private var stack: [Frame] = []
    private var documents = 0
    private var said = VerbatimCollector.Said()
    private var step = VerbatimCollector.Said.Step(step: "")
    private var barrier = VerbatimCollector.Said.Text(id: "", text: "")
    private var note: String?

    init() {
        stack.reserveCapacity(8)
    }

    /// The texts of the run file in `buffer`, or nil when the full decoder must read it.
    mutating func read(_ buffer: UnsafeRawBufferPointer) -> VerbatimCollector.Said? {
        stack.removeAll(keepingCapacity: true)
        documents = 0
        said = VerbatimCollector.Said()
        do {
            guard try YAMLEventReader.read(buffer, { event in handle(event) ? .proceed : .stop }) else { return nil }
        } catch {
            return nil
        }
        guard documents == 1, stack.isEmpty else { return nil }
        return said
    }

    private mutating func handle(_ e: borrowing YAMLEventReader.Event) -> Bool {
        if e.hasTag || e.hasAnchor { return false }
        switch e.kind {
        case .alias: return false
        case .documentStart:
            documents += 1
            return documents == 1
        case .documentEnd: return true
        case .mappingStart, .sequenceStart: return open(mapping: e.kind == .mappingStart)
        case .mappingEnd, .sequenceEnd: return close()
        case .scalar: return scalar(e)
        }
    }

    private mutating func open(mapping: Bool) -> Bool {
        guard let parent = stack.last else {
            guard mapping else { return false }
            stack.append(Frame(level: .root))
            return true
        }
        let level: Level
        switch (parent.level, parent.key, mapping) {
        case (.skipMapping, _, _), (.skipSequence, _, _): level = mapping ? .skipMapping : .skipSequence
        case (.root, "context", true): level = .context
        case (.root, "steps", false): level = .steps
        case (.root, "survey", true): level = .survey
        case (.steps, _, true):
            level = .step
            step = VerbatimCollector.Said.Step(step: "")
        case (.step, "barriers", false): level = .barriers
        case (.step, "answers", true): level = .answers
        case (.step, "notes", false): level = .notes
        case (.barriers, _, true):
            level = .barrier
            barrier = VerbatimCollector.Said.Text(id: "", text: "")
        case (.notes, _, true):
            level = .note
            note = nil
        case (.steps, _, false), (.barriers, _, false), (.notes, _, false):
            return false
        default:
            level = mapping ? .skipMapping : .skipSequence
        }
        if parent.level.isMapping {
            guard parent.key != nil else { return false } // a collection as a key
            stack[stack.count - 1].key = nil
        }
        stack.append(Frame(level: level))
        return true
    }

    private mutating func close() -> Bool {
        guard let frame = stack.popLast() else { return false }
        switch frame.level {
        case .step: said.steps.append(step)
        case .barrier: step.barriers.append(barrier)
        case .note: if let note { step.notes.append(note) }
        default: break
        }
        return true
    }

    private mutating func scalar(_ e: borrowing YAMLEventReader.Event) -> Bool {
        guard let top = stack.last else { return false }
        switch top.level {
        case .skipSequence: return true
        case .steps, .barriers, .notes: return false
        default: break
        }
        let last = stack.count - 1
        guard let key = top.key else {
            stack[last].key = top.level == .skipMapping ? "" : e.string
            return true
        }
        stack[last].key = nil
        switch top.level {
        case .context:
            if key == "location", !e.isPlainNull { said.location = e.string }
        case .step:
            if key == "step" { step.step = e.string }
        case .barrier:
            if key == "id" { barrier.id = e.string } else if key == "text" { barrier.text = e.string }
        case .note:
            if key == "text" { note = e.string }
        case .answers, .survey:
            if case .string(let text) = e.resolved {
                let answer = VerbatimCollector.Said.Text(id: key, text: text)
                if top.level == .answers { step.answers.append(answer) } else { said.survey.append(answer) }
            }
        default: break
        }
        return true
    }
}
