import Foundation
import Testing
@testable import ShopperCore

/// `touchpoints import` with a Russian spreadsheet's headers and stage names, and the 100-row
/// sheet with a duplicate id.
extension TouchpointImportTests {
    @Test func russianHeadersAndStageNamesAreRead() {
        let text = """
            \u{FEFF}Название;Канал;Этап;Владелец;Важность для клиента;Важность для бизнеса;Оценка команды
            Витрина магазина;store;Осведомлённость;Директор магазина;4;3;6,5
            Автоответчик после часов;phone;после  покупки;;3;2;
            ;;;;;;
            Договор;print;purchase;Юрист;5;5;8

            """
        let plan = TouchpointImport.plan(csv: text, path: "s.csv", registry: nil, date: Self.day, by: "сессия")
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.formatted))")
        #expect(plan.added.map(\.touchpoint.id) == ["vitrina-magazina", "avtootvetchik-posle-chasov", "dogovor"])
        #expect(plan.added.map(\.touchpoint.stage) == [.awareness, .postPurchase, .purchase])
        #expect(plan.added.map(\.row) == [2, 3, 5])
        let first = plan.added[0].touchpoint
        #expect(first.name == "Витрина магазина" && first.channel == "store" && first.owner == "Директор магазина")
        #expect(first.importance == .init(customer: 4, business: 3))
        #expect(first.assessments == [.init(score: 6.5, date: Self.day, by: "сессия")])
        #expect(plan.added[1].touchpoint.owner == nil && plan.added[1].touchpoint.assessments.isEmpty)

        // Other accepted spellings, in any case; an unknown one gets a suggestion.
        let other = TouchpointImport.plan(csv: "ИД;Имя;КАНАЛ;Стадия;Ответственный;Клиент;Бизнес;Оценка\na;А;web;интерес;Я;1;2;3\n",
                                          path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(other.errors.isEmpty && other.added.first?.touchpoint.stage == .interest)
        let typo = TouchpointImport.plan(csv: "Название;Канл;Этап;Клиент;Бизнес\n", path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(typo.errors.first?.formatted.hasPrefix("s.csv:1:10: error: unknown column 'Канл'; did you mean 'канал'?") == true,
                "\(typo.errors.map(\.formatted))")
    }

    @Test func aDuplicateIdInTheHundredRowSheetIsAnErrorWithItsSpreadsheetRow() {
        // Rows as a spreadsheet numbers them: the header is row 1, item n is row 1 + n plus the two
        // (blank and empty) rows written after every tenth item; the appended repeat of item 3
        // comes after row 1 + 100 + 20.
        var (text, _) = Self.spreadsheet()
        text += "\"Repeat\";web;awareness;;1;1;;tp-3\r\n"
        let plan = TouchpointImport.plan(csv: text, path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(plan.errors.map(\.diagnostic.message) == ["row 122: duplicate id 'tp-3' (first in row 4)"])
    }
}
