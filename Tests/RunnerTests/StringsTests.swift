import Foundation
import Runner
import ShopperCore
import Testing

@Suite struct StringsTests {
    @Test func languageComesFromFlagThenScenarioThenLocale() {
        #expect(Strings.language(flag: .ru, scenario: .en, environment: ["LANG": "en_US.UTF-8"]) == .ru)
        #expect(Strings.language(flag: nil, scenario: .ru, environment: ["LANG": "en_US.UTF-8"]) == .ru)
        #expect(Strings.language(flag: nil, scenario: nil, environment: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Strings.language(flag: nil, scenario: nil, environment: ["LC_ALL": "ru_RU.UTF-8", "LANG": "en_US"]) == .ru)
        #expect(Strings.language(flag: nil, scenario: nil, environment: ["LC_ALL": "C", "LANG": "ru_RU"]) == .en)
        #expect(Strings.language(flag: nil, scenario: nil, environment: [:]) == .en)
    }

    @Test func targetsReadNaturallyInEachLanguage() {
        #expect(Strings(.en).duration(5400) == "1h30m")
        #expect(Strings(.ru).duration(5400) == "1 ч 30 мин")
        #expect(Strings(.ru).duration(150) == "2 мин 30 с")
        #expect(Strings(.ru).duration(2400) == "40 мин")
        #expect(Strings(.ru).stepTarget(180) == "Цель по времени: 3 мин")
    }

    @Test func justPassingTheTargetShowsTenthsNotZero() {
        #expect(Strings(.en).overTarget(0.8) == "+0:00.8 over target")
        #expect(Strings(.ru).overTarget(12.34) == "+0:12.3 сверх цели")
    }

    @Test func bothLanguagesDiffer() {
        let en = Strings(.en), ru = Strings(.ru)
        #expect(en.askTester != ru.askTester)
        #expect(ru.stepHeader(2, of: 5, title: "Оплата") == "Шаг 2 из 5: Оплата")
        #expect(en.stepHeader(2, of: 5, title: "Pay") == "Step 2 of 5: Pay")
        #expect(en.help.count == ru.help.count)
    }

    @Test func stoppingAndAbandoningAreSaidInBothLanguages() {
        let en = Strings(.en), ru = Strings(.ru)
        #expect(en.stopped == "Stopped.")
        #expect(ru.stopped == "Остановлено.")
        #expect(ru.nothingRecorded == "Остановлено до начала прогона: ничего не записано.")
        #expect(ru.continuingAnswers == "Продолжаем ответы по этому шагу.")
        #expect(ru.markedAbandoned("X", path: "p") == "Прогон X отмечен как прерванный: p")
        #expect(ru.cannotAbandon("X", status: "completed") == "прогон «X» в состоянии completed; отметить прерванным можно только незавершённый")
        let offer = ru.resumeOffer(id: "X", started: Date(timeIntervalSince1970: 0))
        #expect(offer.hasSuffix("д: продолжить его · н: отметить его прерванным и начать заново [д/н]:"))
        let several = ru.resumeOffer(id: "X", started: Date(timeIntervalSince1970: 0), others: 1)
        #expect(several.hasPrefix("Незавершённых прогонов этого сценария у этого тестировщика: 2; последний — X"))
        #expect(several.contains("н: отметить прерванным только его и начать заново; другой останется незавершённым"))
        #expect(Strings(.en).resumeOffer(id: "X", started: Date(timeIntervalSince1970: 0), others: 1)
            .contains("the other one stays in progress"))
    }

    @Test func confirmationsAreAskedInBothLanguages() {
        #expect(Strings(.en).confirmFail == "Mark this step as failed? y/n")
        #expect(Strings(.en).confirmSkip == "Skip this step? y/n")
        #expect(Strings(.ru).confirmFail == "Отметить шаг как невыполненный? д/н")
        #expect(Strings(.ru).confirmSkip == "Пропустить этот шаг? д/н")
    }
}
