// TerminalIO: the full-screen front end of the runner, a `RunnerIO` over a `Terminal`.
//
// Single keys act at once (no Enter): on the briefing and ready screens Enter goes on, `s` skips,
// `q` quits, `?` helps; while a step runs Enter is done and `f`, `s`, `b`, `n`, `p`, `q`, `?`
// (and the same keys on a Russian layout: а ы и т з й) do what line mode's lines do; Ctrl-C is
// `q`. `f` and `s` on a running or paused step end it irreversibly, so they ask first ("Mark this
// step as failed? y/n" in the footer): Enter, `y` or `д` confirms, Ctrl-C quits, any other key
// cancels. While a step runs the header's timer is redrawn every `redrawInterval`, and after
// `tickInterval` without a key the session gets `.tick` so it saves the running step. When a step
// starts, the log is cleared: the header carries the step, the log what happens in it.
//
// `ask` is a line editor: printable characters (any script), Backspace erases one grapheme
// cluster, Enter confirms, Esc clears the line (on an empty line: an empty answer), Ctrl-C and
// Ctrl-D end input (nil: the session saves the run as in progress; text typed so far, and text
// on a prompt left by a termination signal, is kept for `takeUnfinishedInput`, so the session
// records it). A barrier or note is typed while the step's timer keeps running on screen; a
// wait's answer (`askWaiting`) is asked under its live "Waiting since …" line.
//
// `run(_:)` wraps the session: raw mode, alternate screen and hidden cursor through
// `TerminalGuard` (restored on every path), SIGTERM/SIGHUP/SIGINT deferred so the session saves
// and leaves in order; afterwards the last lines shown (the summary, or where the run was saved)
// are written to the normal screen.

import Foundation
import Runner

public final class TerminalIO: RunnerIO {
    public let terminal: any Terminal
    public let clock: any RunClock
    public let strings: Strings
    public let colour: Bool
    /// Seconds without a key, while a step runs, before `.tick` is returned.
    public var tickInterval: Double
    /// How often the live timer is redrawn.
    public var redrawInterval: Duration
    /// Whether `run` defers SIGTERM/SIGHUP/SIGINT (off in tests that use no real terminal).
    public var defersTermination: Bool

    public private(set) var state = RunScreen()
    private var decoder = KeyDecoder()
    private var pendingKeys: [Key] = []
    private var lastShown: [String] = []
    private var cursorShown = false
    private var lastPainted: String?
    /// Log entries before this index were there when the last key was acted on.
    private var logMark = 0
    private var readyStep: Int?
    /// The step whose running screen was last shown (nil once a ready screen is).
    private var runningStep: Int?
    /// While a wait's answer is asked: its live "Waiting since …" line for an instant.
    private var waitingStatus: ((Date) -> String)?
    /// What was typed at a prompt left without Enter, until the session takes it.
    private var unfinishedInput: String?
    private static let logLimit = 1000

    public init(terminal: any Terminal, clock: any RunClock, strings: Strings, colour: Bool,
                tickInterval: Double = 5, redrawInterval: Duration = .milliseconds(200),
                defersTermination: Bool = true) {
        self.terminal = terminal
        self.clock = clock
        self.strings = strings
        self.colour = colour
        self.tickInterval = tickInterval
        self.redrawInterval = redrawInterval
        self.defersTermination = defersTermination
    }

    /// Runs `body` (the session) in full screen, then writes the last lines shown to the normal
    /// screen. The terminal is restored however `body` ends.
    public func run<T>(_ body: () throws -> T) throws -> T {
        if defersTermination { TerminalGuard.deferTermination() }
        let result = try TerminalGuard.withFullScreen(terminal) { () throws -> T in
            cursorShown = false
            paint(force: true)
            return try body()
        }
        let final = lastShown.drop { $0.isEmpty }
        if !final.isEmpty { terminal.write(Frame.plain(final.map { StyledText($0) })) }
        return result
    }

    /// True once a termination signal has been received (the session is being wound up).
    private var terminating: Bool { defersTermination && TerminalGuard.pendingTermination != nil }

    // MARK: RunnerIO

    public func show(_ lines: [String]) {
        let prompts: Set<String> = [strings.briefingPrompt, strings.readyPrompt, strings.waitReadyPrompt, strings.runningPrompt]
        let kept = lines.filter { !prompts.contains($0) }  // the footer shows the keys
        state.log += kept
        if state.log.count > Self.logLimit {
            let cut = state.log.count - Self.logLimit
            state.log.removeFirst(cut)
            logMark = max(0, logMark - cut)
        }
        if !kept.isEmpty { lastShown = kept }
        paint()
    }

    /// Left out: the header's timer is live, and a copy in the log would stand still.
    public func showStatus(_ lines: [String]) {}

    public func ask(_ prompt: String) -> String? {
        state.prompt = prompt
        state.input = ""
        defer {
            state.prompt = nil
            state.input = ""
        }
        paint()
        var typed = ""  // a String, so Backspace takes a whole grapheme cluster (e + ◌́, 👍🏽)
        while true {
            guard case .key(let key) = nextInput(live: state.timer != nil || waitingStatus != nil) else {
                keepUnfinished(typed)
                return nil
            }
            switch key {
            case .enter:
                let answer = typed
                state.log.append(answer.isEmpty ? prompt : prompt + " " + answer)
                lastShown = []
                logMark = state.log.count
                return answer
            case .char(let c):
                typed.append(c)
            case .tab:
                typed.append(" ")
            case .backspace:
                if !typed.isEmpty { typed.removeLast() }
            case .escape:
                if typed.isEmpty {
                    state.log.append(prompt)
                    return ""
                }
                typed.removeAll()
            case .ctrlC, .ctrlD:
                keepUnfinished(typed)
                return nil
            case .ctrlZ:
                suspend()
            case .up, .down, .left, .right, .other:
                break
            }
            state.input = typed
            paint()
        }
    }

    /// The waiting line is redrawn with the time (every `redrawInterval`, so it ticks each second).
    public func askWaiting(_ prompt: String, status: @escaping (Date) -> String) -> String? {
        waitingStatus = status
        defer {
            waitingStatus = nil
            state.status = nil
        }
        return ask(prompt)
    }

    public func takeUnfinishedInput() -> String? {
        defer { unfinishedInput = nil }
        return unfinishedInput
    }

    /// Text typed but not confirmed, kept for `takeUnfinishedInput` (blank text is nothing).
    private func keepUnfinished(_ typed: String) {
        unfinishedInput = typed.contains { !$0.isWhitespace } ? typed : nil
    }

    public func command(_ screen: Runner.Screen) -> Command? {
        switch screen {
        case .briefing:
            state.step = nil
            state.timer = nil
            state.keys = strings.briefingPrompt
        case .ready(let view):
            if view.index != readyStep {
                // A new step starts a fresh page: what was shown since the last answer stays.
                state.log.removeFirst(min(logMark, state.log.count))
                readyStep = view.index
            }
            runningStep = nil
            state.step = nil
            state.timer = nil
            state.keys = view.step.wait == nil ? strings.readyPrompt : strings.waitReadyPrompt
        case .running(let view, let timing):
            if view.index != runningStep {
                // The step starts: the header carries it, so the ready screen (and the "timer
                // running" line) leaves the log, which now holds only what happens in this step.
                state.log.removeAll()
                logMark = 0
                runningStep = view.index
            }
            state.step = view
            state.timer = .running(timing)
            state.keys = strings.runningPrompt
        case .paused(let view, let timing):
            state.step = view
            state.timer = .paused(timing)
            state.keys = strings.pausedKeys
        }
        paint()
        let entered = clock.now().uptime
        var running = false, stepScreen = false
        switch screen {
        case .running: (running, stepScreen) = (true, true)
        case .paused: stepScreen = true
        case .briefing, .ready: break
        }
        while true {
            let key: Key
            switch nextInput(live: state.timer != nil, tickAfter: running ? entered + tickInterval : nil) {
            case .key(let pressed): key = pressed
            case .tick: return .tick
            case .ended: return terminating ? .quit : nil
            }
            guard var command = Self.command(for: key) else {
                if key == .ctrlZ { suspend() }
                continue
            }
            if stepScreen && (command == .fail || command == .skip) {
                // Irreversible: a stray key (a note typed without `n` first) must not end the step.
                switch confirm(command == .fail ? strings.confirmFail : strings.confirmSkip) {
                case .yes: break
                case .no: continue
                case .quit: command = .quit
                case .ended: return terminating ? .quit : nil
                }
            }
            // The step ends (Enter on a paused step resumes it): the header goes, the session
            // shows the outcome.
            let ends = command == .fail || command == .skip || command == .quit || (running && command == .enter)
            if stepScreen && ends {
                state.step = nil
                state.timer = nil
            }
            state.keys = ""
            logMark = state.log.count
            return command
        }
    }

    private enum Confirmation {
        case yes, no, quit, ended
    }

    /// Asks `question` in the footer and reads one key: Enter, `y` or `д` (either case) confirm,
    /// Ctrl-C quits, the end of input ends; any other key cancels. The timer stays live meanwhile.
    private func confirm(_ question: String) -> Confirmation {
        state.confirmation = question
        defer {
            state.confirmation = nil
            paint()
        }
        paint()
        while true {
            guard case .key(let key) = nextInput(live: state.timer != nil) else { return .ended }
            switch key {
            case .enter: return .yes
            case .char(let c) where ["y", "д"].contains(c.lowercased()): return .yes
            case .ctrlC: return .quit
            case .ctrlZ: suspend()
            default: return .no
            }
        }
    }

    /// The command a key stands for on a briefing, ready, running or paused screen; nil for keys
    /// that do nothing there. Letters are read as line mode reads them (either case, and the
    /// Russian layout's а ы и т з й).
    public static func command(for key: Key) -> Command? {
        switch key {
        case .enter: return .enter
        case .ctrlC: return .quit
        case .char(let c):
            return LineIO.command(forLine: String(c))
        default: return nil
        }
    }

    // MARK: Input

    private enum Input {
        case key(Key)
        /// No key until `tickAfter`.
        case tick
        /// Input ended, or a termination signal came.
        case ended
    }

    /// The next key. While `live`, the screen is repainted every `redrawInterval`; with no key
    /// until `tickAfter` (clock uptime), `.tick`.
    private func nextInput(live: Bool, tickAfter: Double? = nil) -> Input {
        while true {
            if terminating { return .ended }
            if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
            if let tickAfter, clock.now().uptime >= tickAfter { return .tick }
            let timeout: Duration? = live || decoder.hasPending ? redrawInterval : nil
            switch terminal.read(timeout: timeout) {
            case .bytes(let bytes):
                pendingKeys += decoder.decode(bytes)
                if defersTermination, pendingKeys.contains(.ctrlC) { TerminalGuard.interruptByKey() }
            case .timedOut:
                pendingKeys += decoder.flush()
                if live { paint() }
            case .resized:
                paint(force: true)
            case .endOfInput:
                pendingKeys += decoder.flush()
                if pendingKeys.isEmpty { return .ended }
            }
        }
    }

    private func suspend() {
        TerminalGuard.suspend()
        paint(force: true)
    }

    // MARK: Painting

    private func paint(force: Bool = false) {
        let size = terminal.size
        if let waitingStatus { state.status = waitingStatus(clock.now().date) }
        let rendered = state.render(uptime: clock.now().uptime, size: size, strings: strings)
        var output = Frame.frame(rendered.lines, size: size, colour: colour)
        if let cursor = rendered.cursor {
            output += ANSI.moveTo(row: cursor.row + 1, column: cursor.column + 1)
        }
        if !force && output == lastPainted && (rendered.cursor != nil) == cursorShown { return }
        lastPainted = output
        if rendered.cursor == nil && cursorShown {
            terminal.hideCursor()
            cursorShown = false
        }
        terminal.write(output)
        if rendered.cursor != nil && !cursorShown {
            terminal.showCursor()
            cursorShown = true
        }
    }
}
