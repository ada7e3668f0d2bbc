import Foundation
import ShopperCore
import Testing

/// `shopper touchpoints import` with a Russian spreadsheet and a Russian summary.
@Suite struct TouchpointsImportRussianTests {
    @Test func aRussianSheetIsReadAndSummedUpInRussian() throws {
        let dir = try TouchpointsImportCommandTests.workspace()
        let sheet = "\u{FEFF}Название;Канал;Этап;Владелец;Важность для клиента;Важность для бизнеса;Оценка команды\r\n"
            + "Витрина магазина;store;Осведомлённость;Мерчандайзер;4;3;6,5\r\n"
            + ";;;;;;\r\n"
            + "Sales Inbox;email;intent;Кто-то другой;5;5;\r\n"
        try Data(sheet.utf8).write(to: dir.appendingPathComponent("лист.csv"))
        let result = try ShopperProcess.run(["touchpoints", "import", "лист.csv", "--lang", "ru"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("добавлено точек контакта: 1, в scenarios/touchpoints.d/import-"))
        #expect(result.stdout.contains("  + vitrina-magazina (строка 2)\n"))
        // "Sales Inbox" slugs to an id the sample registry has, with another name and owner: skipped, never overwritten.
        #expect(result.stdout.contains("пропущено (уже в реестре с другими полями; поправьте реестр вручную): 1\n  ! sales-inbox (строка 4)\n"),
                "\(result.stdout)")
        #expect(result.stdout.contains("      owner: 'Head of inside sales, Sales' в реестре, 'Кто-то другой' в файле\n"))
        let json = try ShopperProcess.run(["touchpoints", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let added = try #require((object["touchpoints"] as? [[String: Any]])?.first { $0["id"] as? String == "vitrina-magazina" })
        #expect(added["stage"] as? String == "awareness" && added["team"] as? Double == 6.5 && added["owner"] as? String == "Мерчандайзер")
    }
}
