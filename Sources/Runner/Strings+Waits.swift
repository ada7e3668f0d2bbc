import Foundation
import ShopperCore

/// Texts of wait steps (`wait: reply`), English and Russian.
extension Strings {

    /// On a wait step's ready screen: one Enter, the moment the request goes out.
    public var waitStepHint: String {
        t("This step waits for a reply: send the request and press Enter the moment it is sent (the runner records the time).",
           "Этот шаг ждёт ответа: отправьте запрос и нажмите Enter в момент отправки (программа запишет время).")
    }

    /// A wait step left by an older runner after it started and before `sent`.
    public var resumedWaitStep: String {
        t("This step was interrupted before the request was sent; its barriers and notes are kept.",
           "Этот шаг был прерван до отправки запроса: его барьеры и заметки сохранены.")
    }

    /// The keys of a wait step's ready screen.
    public var waitReadyPrompt: String {
        t("Enter: sent now · s: skip · q: save and quit", "Enter: отправлено сейчас · s: пропустить · q: сохранить и выйти")
    }

    /// A wait step's target on its ready screen: the promised response time.
    public func responseTarget(_ target: Double, clock: Wait.Clock) -> String {
        let span = DurationText.format(target, language: language)
        return clock == .working ? t("Promised response: within \(span) of working time", "Обещанный ответ: в течение \(span) рабочего времени")
            : t("Promised response: within \(span)", "Обещанный ответ: в течение \(span)")
    }

    /// After Enter on a wait step.
    public func requestSent(_ sent: Date, zone: TimeZone) -> String {
        t("Sent at \(when(sent, zone: zone)). The answer is awaited: you may quit (q) and come back with --resume.",
           "Отправлено в \(when(sent, zone: zone)). Ждём ответа: можно выйти (q) и вернуться с --resume.")
    }

    /// "Waiting since 10:42 Tue 2026-11-24 (2h13m; 1h13m of working time; target 3h of working time)".
    public func waitingSince(_ sent: Date, zone: TimeZone, wall: Double, working: Double?, target: Double?, clock: Wait.Clock) -> String {
        var parts = [DurationText.format(wall, language: language)]
        if let working { parts.append(t("\(DurationText.format(working, language: language)) of working time",
                                         "\(DurationText.format(working, language: language)) рабочего времени")) }
        if let target {
            let span = DurationText.format(target, language: language)
            parts.append(clock == .working ? t("target \(span) of working time", "цель \(span) рабочего времени") : t("target \(span)", "цель \(span)"))
        }
        return t("Waiting since \(when(sent, zone: zone)) (\(parts.joined(separator: "; ")))",
                  "Ждём с \(when(sent, zone: zone)) (\(parts.joined(separator: "; ")))")
    }

    public var waitPrompt: String {
        t("Enter: the answer arrived now · the time it arrived (14:05, yesterday 17:40, 2026-11-24 09:15) · x: no answer, give up · q: quit and come back later:",
           "Enter — ответ пришёл сейчас · время, когда он пришёл (14:05, вчера 17:40, 2026-11-24 09:15) · x — ответа нет, больше не ждём · q — выйти и вернуться позже:")
    }

    public func notAWaitTime(_ text: String) -> String {
        t("'\(text)' is not a time: type 14:05, yesterday 17:40 or 2026-11-24 09:15",
           "«\(text)» — не время: введите 14:05, вчера 17:40 или 2026-11-24 09:15")
    }
    public func answerBeforeSent(_ sent: Date, zone: TimeZone) -> String {
        t("The answer cannot have come before the request was sent (\(when(sent, zone: zone, seconds: true)))",
           "Ответ не мог прийти раньше отправки запроса (\(when(sent, zone: zone, seconds: true)))")
    }
    public func answerInFuture(now: Date, zone: TimeZone) -> String {
        t("That time is in the future (it is \(when(now, zone: zone)) now)", "Это время ещё не наступило (сейчас \(when(now, zone: zone)))")
    }
    public func answeredAfter(_ seconds: Double, working: Double?) -> String {
        let w = working.map { t("; \(DurationText.format($0, language: language)) of working time",
                                 "; \(DurationText.format($0, language: language)) рабочего времени") } ?? ""
        return t("Answer recorded after \(DurationText.format(seconds, language: language))\(w).",
                  "Ответ записан: через \(DurationText.format(seconds, language: language))\(w).")
    }
    public func noAnswerAfter(_ seconds: Double) -> String {
        t("Recorded as never answered, after \(DurationText.format(seconds, language: language)) of waiting.",
           "Записано: ответа не было, ждали \(DurationText.format(seconds, language: language)).")
    }

    /// An unanswered attempt with attempts left.
    public func attemptUnanswered(_ number: Int, of count: Int, after seconds: Double) -> String {
        t("No answer to attempt \(number) of \(count) after \(DurationText.format(seconds, language: language)); the step waits for the next attempt.",
           "Нет ответа на попытку \(number) из \(count) за \(DurationText.format(seconds, language: language)); шаг ждёт следующей попытки.")
    }
    /// On the ready screen of a wait step between attempts.
    public func nextAttempt(_ number: Int, of count: Int, notBefore: Date?, zone: TimeZone) -> String {
        let when = notBefore.map { t(", not before \(self.when($0, zone: zone))", ", не раньше \(self.when($0, zone: zone))") } ?? ""
        return t("Attempt \(number) of \(count)\(when): send the request again and press Enter the moment it is sent.",
                  "Попытка \(number) из \(count)\(when): отправьте запрос снова и нажмите Enter в момент отправки.")
    }
    public func tooEarlyForAttempt(_ notBefore: Date, zone: TimeZone) -> String {
        t("Too early: the next attempt is due from \(when(notBefore, zone: zone)) (q: quit and come back then).",
           "Рано: следующая попытка — не раньше \(when(notBefore, zone: zone)) (q — выйти и вернуться позже).")
    }

    /// `10:42 Tue 2026-11-24` / `10:42 вт 2026-11-24`, in the tester's time zone.
    func when(_ date: Date, zone: TimeZone, seconds: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let en = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], ru = ["вс", "пн", "вт", "ср", "чт", "пт", "сб"]
        let day = (language == .ru ? ru : en)[(c.weekday ?? 1) - 1]
        func pad(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let time = "\(pad(c.hour)):\(pad(c.minute))" + (seconds ? ":\(pad(c.second))" : "")
        return "\(time) \(day) \(c.year ?? 0)-\(pad(c.month))-\(pad(c.day))"
    }
}
