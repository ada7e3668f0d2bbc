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

    @Test func confirmationsSayThatEnterConfirmsInBothLanguages() {
        #expect(Strings(.en).confirmFail == "Mark this step as failed? Enter or y: yes · any other key: no")
        #expect(Strings(.en).confirmSkip == "Skip this step? Enter or y: yes · any other key: no")
        #expect(Strings(.ru).confirmFail == "Отметить шаг как невыполненный? Enter или д: да · другая клавиша: нет")
        #expect(Strings(.ru).confirmSkip == "Пропустить этот шаг? Enter или д: да · другая клавиша: нет")
    }

    @Test func numberHintsPutTheUnitAfterTheNumbers() {
        let en = Strings(.en), ru = Strings(.ru)
        #expect(en.numberHint(min: 0, max: 120, unit: "min") == "(0 to 120 min)")
        #expect(en.numberHint(min: 0, max: nil, unit: "min") == "(at least 0 min)")
        #expect(en.numberHint(min: nil, max: 2.5, unit: nil) == "(at most 2.5)")
        #expect(en.numberHint(min: nil, max: nil, unit: "min") == "(unit: min)")
        #expect(en.numberHint(min: nil, max: nil, unit: nil) == nil)
        #expect(ru.numberHint(min: 0, max: nil, unit: "мин") == "(не меньше 0 мин)")
        #expect(ru.numberHint(min: 1, max: 5, unit: nil) == "(от 1 до 5)")
    }

    @Test func ratingHintsShowWhatTheEndsMeanInBothLanguages() {
        let en = Strings(.en), ru = Strings(.ru)
        #expect(en.ratingHint(.seq) == "(1 very difficult … 7 very easy)")
        #expect(en.ratingHint(.ces) == "(1 strongly disagree … 7 strongly agree)")
        #expect(en.ratingHint(.csat) == "(1 very dissatisfied … 5 very satisfied)")
        #expect(en.ratingHint(.nps) == "(0 not at all likely … 10 extremely likely)")
        #expect(ru.ratingHint(.seq) == "(1 очень сложно … 7 очень легко)")
        #expect(ru.ratingHint(.nps) == "(0 совсем маловероятно … 10 наверняка)")
        #expect(en.ratingHint(.scale(min: 1, max: 5, labels: [1: "Bad", 5: "Good"])) == "(1 Bad … 5 Good)")
        #expect(en.ratingHint(.scale(min: 1, max: 5, labels: [1: "Bad", 3: "OK", 5: "Good"])) == "(1 to 5: 1 Bad, 3 OK, 5 Good)")
        #expect(ru.ratingHint(.scale(min: 0, max: 4, labels: [2: "Так себе"])) == "(от 0 до 4: 2 Так себе)")
        #expect(en.ratingHint(.scale(min: 1, max: 3, labels: [:])) == "(1 to 3)")
        #expect(en.ratingHint(.text) == nil)
    }

    @Test func contextPromptsUseTheScenarioTextElseTheKeyWithSpaces() {
        #expect(Strings(.en).askContext("os_version", prompt: nil) == "os version (- if unknown):")
        #expect(Strings(.en).askContext("os_version", prompt: "Which OS version?") == "Which OS version? (- if unknown)")
        #expect(Strings(.ru).askContext("city", prompt: "Город") == "Город (- если неизвестно):")
    }
}
