import Foundation
import ShopperCore

/// Why a wait cannot end as asked (`WaitEndRefusal`), English and Russian: on the waiting screen
/// and after `shopper reply`'s `error:`.
extension Strings {

    public func waitEndRefused(_ refusal: WaitEndRefusal, zone: TimeZone) -> String {
        switch refusal {
        case .answerBeforeSent(let sent):
            return answerBeforeSent(sent, zone: zone)
        case .answerInFuture(let now):
            return answerInFuture(now: now, zone: zone)
        case .nowBeforeSent(let sent, let now):
            let s = when(sent, zone: zone, seconds: true), n = when(now, zone: zone, seconds: true)
            return t("the request was recorded as sent at \(s), after the present (\(n)): is this computer's clock behind? "
                      + "Set the clock right and try again; nothing was changed",
                      "запрос записан как отправленный в \(s), позже текущего момента (\(n)): часы этого компьютера отстают? "
                      + "Поправьте часы и повторите; ничего не изменено")
        case .pastLimit(let sent, let end):
            let s = when(sent, zone: zone, seconds: true), e = when(end, zone: zone, seconds: true)
            return t("the request was sent at \(s), and \(e) is more than a year later: a run records waits of at most one year. "
                      + "Give the time the answer came within that year, or abandon the run (shopper run SCENARIO --abandon RUN_ID); nothing was changed",
                      "запрос отправлен в \(s), а \(e) — больше чем через год: прогон хранит ожидания не дольше года. "
                      + "Укажите время ответа в пределах года или бросьте прогон (shopper run СЦЕНАРИЙ --abandon ID_ПРОГОНА); ничего не изменено")
        }
    }
}

extension Strings {
    /// A typed local time in the hour the clocks skip (a DST gap).
    public func skippedLocalTime(_ text: String, zone: TimeZone) -> String {
        language == .ru
            ? "«\(text)» — такого времени нет в поясе \(zone.identifier): в этот день часы переводят вперёд и пропускают его; введите время до или после перевода"
            : "'\(text)' does not exist in \(zone.identifier): the clocks skip that time that day; type a time before or after the change"
    }
}
