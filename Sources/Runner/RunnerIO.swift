import Foundation
import ShopperCore

/// What the session asks of a front end. Line mode (`LineIO`) reads and writes lines; a full-screen
/// terminal front end reads single keys and paints a live timer from `Screen` and its own clock.
public protocol RunnerIO: AnyObject {
    /// Shows lines of text (scenario text included: the front end makes control characters visible).
    func show(_ lines: [String])
    /// Shows the running step's time so far (`Time: 0:12.3`, and whether the target has passed).
    /// A front end with a live timer on screen leaves these out: a copy in the text would freeze.
    func showStatus(_ lines: [String])
    /// Asks for a typed answer confirmed with Enter; nil when input has ended.
    func ask(_ prompt: String) -> String?
    /// Asks on a wait's waiting screen. `status` gives the "Waiting since …" line for an instant: a
    /// front end with a live screen shows it and keeps it up to date while the tester thinks.
    func askWaiting(_ prompt: String, status: @escaping (Date) -> String) -> String?
    /// The text typed at the last `ask` that ended without Enter (Ctrl-C, a termination signal, the
    /// end of input), taken once; nil when there was none. The session keeps it in the run.
    func takeUnfinishedInput() -> String?
    /// Waits for a command on a briefing, ready, running or paused screen; nil when input has ended.
    func command(_ screen: Screen) -> Command?
}

extension RunnerIO {
    public func showStatus(_ lines: [String]) {
        show(lines)
    }

    /// Line mode: the session has shown the status once; nothing on screen ticks.
    public func askWaiting(_ prompt: String, status: @escaping (Date) -> String) -> String? {
        ask(prompt)
    }

    /// Line mode: a line is read whole, so nothing typed is held back.
    public func takeUnfinishedInput() -> String? { nil }
}

/// What the tester can do on a screen (keys in a terminal, lines in line mode).
public enum Command: Sendable, Hashable {
    /// Enter (an empty line): go on, start, done, or resume when paused.
    case enter
    case skip
    case fail
    case barrier
    case note
    case pause
    case quit
    case help
    /// No input, time passed: a live front end asks for a periodic save of the running step.
    case tick
    case unknown(String)
}

/// The screen a command is read on, with what a live front end needs to draw it.
public enum Screen: Sendable, Hashable {
    case briefing
    case ready(StepView)
    case running(StepView, RunEngine.Timing)
    case paused(StepView, RunEngine.Timing)
}

public struct StepView: Sendable, Hashable {
    /// 0-based.
    public var index: Int
    public var count: Int
    public var step: Step

    public init(index: Int, count: Int, step: Step) {
        self.index = index
        self.count = count
        self.step = step
    }
}
