import Runner
import ShopperCore
import Testing

@Suite struct AnswerParserTests {
    let en = AnswerParser(language: .en)
    let ru = AnswerParser(language: .ru)

    static let valid: [(String, Question.Kind, Answer)] = [
        ("0", .nps, .number(0)), ("10", .nps, .number(10)), (" 7 ", .nps, .number(7)),
        ("1", .csat, .number(1)), ("5", .csat, .number(5)),
        ("7", .ces, .number(7)), ("1", .seq, .number(1)),
        ("-2", .scale(min: -3, max: 3, labels: [:]), .number(-2)),
        ("y", .yesno, .bool(true)), ("YES", .yesno, .bool(true)), ("n", .yesno, .bool(false)), ("No", .yesno, .bool(false)),
        ("д", .yesno, .bool(true)), ("Да", .yesno, .bool(true)), ("н", .yesno, .bool(false)), ("НЕТ", .yesno, .bool(false)),
        ("2", .choice(options: ["Card", "Apple Pay"]), .text("Apple Pay")),
        ("apple pay", .choice(options: ["Card", "Apple Pay"]), .text("Apple Pay")),
        ("наличные", .choice(options: ["Карта", "Наличные"]), .text("Наличные")),
        ("3,5", .number(min: 0, max: 10, unit: "km"), .number(3.5)),
        ("3.25", .number(min: nil, max: nil, unit: nil), .number(3.25)),
        ("-4", .number(min: nil, max: 0, unit: nil), .number(-4)),
        ("0", .number(min: 0, max: 0, unit: nil), .number(0)),
        ("  any words ", .text, .text("any words")),
    ]

    @Test(arguments: valid)
    func acceptsValidAnswers(input: String, kind: Question.Kind, expected: Answer) {
        let q = Question(id: "q", ask: "?", kind: kind)
        #expect(value(en.answer(input, for: q)) == expected)
        #expect(value(ru.answer(input, for: q)) == expected)
    }

    static let invalid: [(String, Question.Kind, String, String)] = [
        ("11", .nps, "11 is out of range: answer from 0 to 10", "11 вне диапазона: ответ от 0 до 10"),
        ("-1", .nps, "-1 is out of range: answer from 0 to 10", "-1 вне диапазона: ответ от 0 до 10"),
        ("0", .csat, "0 is out of range: answer from 1 to 5", "0 вне диапазона: ответ от 1 до 5"),
        ("8", .ces, "8 is out of range: answer from 1 to 7", "8 вне диапазона: ответ от 1 до 7"),
        ("4.5", .seq, "'4.5' is not a whole number", "«4.5» — не целое число"),
        ("ten", .nps, "'ten' is not a whole number", "«ten» — не целое число"),
        ("4", .scale(min: -3, max: 3, labels: [:]), "4 is out of range: answer from -3 to 3", "4 вне диапазона: ответ от -3 до 3"),
        ("maybe", .yesno, "'maybe' is not yes or no: answer y or n", "«maybe» — не да и не нет: ответьте д или н"),
        ("3", .choice(options: ["Card", "Cash"]), "'3' is not one of the options: answer 1 to 2 or an option's text",
         "«3» нет среди вариантов: ответьте от 1 до 2 или текстом варианта"),
        ("cheque", .choice(options: ["Card", "Cash"]), "'cheque' is not one of the options: answer 1 to 2 or an option's text",
         "«cheque» нет среди вариантов: ответьте от 1 до 2 или текстом варианта"),
        ("abc", .number(min: nil, max: nil, unit: nil), "'abc' is not a number", "«abc» — не число"),
        ("1,2,3", .number(min: nil, max: nil, unit: nil), "'1,2,3' is not a number", "«1,2,3» — не число"),
        ("nan", .number(min: nil, max: nil, unit: nil), "'nan' is not a number", "«nan» — не число"),
        ("11", .number(min: 0, max: 10.5, unit: nil), "11 is out of range: answer from 0 to 10.5", "11 вне диапазона: ответ от 0 до 10.5"),
        ("-1", .number(min: 0, max: nil, unit: nil), "-1 is too small: the least is 0", "-1 слишком мало: минимум 0"),
        ("", .text, "an answer is required", "нужен ответ"),
        ("  ", .nps, "an answer is required", "нужен ответ"),
    ]

    @Test(arguments: invalid)
    func refusesInvalidAnswersSayingWhy(input: String, kind: Question.Kind, english: String, russian: String) {
        let q = Question(id: "q", ask: "?", kind: kind)
        #expect(refusal(en.answer(input, for: q)) == english)
        #expect(refusal(ru.answer(input, for: q)) == russian)
    }

    @Test(arguments: [Question.Kind.nps, .yesno, .choice(options: ["a", "b"]), .number(min: 1, max: 2, unit: nil), .text])
    func optionalQuestionAcceptsEmptyAsNone(kind: Question.Kind) {
        let q = Question(id: "q", ask: "?", kind: kind, required: false)
        #expect(value(en.answer("", for: q)) == Answer.none)
        #expect(refusal(en.answer("", for: Question(id: "q", ask: "?", kind: kind))) == "an answer is required")
    }

    @Test func scoreIsZeroToTen() {
        #expect(value(en.score("0")) == 0)
        #expect(value(en.score("10")) == 10)
        #expect(refusal(en.score("11")) == "11 is out of range: answer from 0 to 10")
        #expect(refusal(en.score("")) == "an answer is required")
        #expect(refusal(ru.score("x")) == "«x» — не целое число")
    }

    @Test(arguments: [("y", ChecklistAnswer.yes), ("Yes", .yes), ("да", .yes), ("д", .yes),
                      ("n", .no), ("NO", .no), ("нет", .no), ("н", .no),
                      ("-", .na), ("n/a", .na), ("N/A", .na), ("na", .na), ("н/п", .na)])
    func checklistAnswers(input: String, expected: ChecklistAnswer) {
        #expect(value(en.checklist(input)) == expected)
    }

    @Test func checklistRefusesOtherText() {
        #expect(refusal(en.checklist("ok")) == "'ok' is not y, n or -: answer y (yes), n (no) or - (not applicable)")
        #expect(refusal(ru.checklist("ok")) == "«ok» — не д, н или -: ответьте д (да), н (нет) или - (неприменимо)")
    }

    @Test func severityIsOneToFourOrTheWordThePromptPrints() {
        #expect(value(en.severity("1")) == .cosmetic)
        #expect(value(en.severity("4")) == .blocker)
        #expect(refusal(en.severity("5")) == "5 is out of range: answer from 1 to 4")
        for severity in BarrierRecord.Severity.allCases {
            for language in Language.allCases {
                let word = Strings(language).severityName(severity)
                #expect(value(en.severity(word)) == severity, "\(word)")
                #expect(value(ru.severity(" " + word.uppercased() + " ")) == severity, "\(word)")
            }
        }
        #expect(value(en.severity("Серьезный")) == .major)  // е for ё
        #expect(refusal(en.severity("huge")) == "'huge' is not a severity: answer 1 to 4, or cosmetic, minor, major or blocker")
        #expect(refusal(ru.severity("огромный"))
            == "«огромный» — не серьёзность: ответьте от 1 до 4 или словом: косметический, незначительный, серьёзный, блокирующий")
    }

    func value<T>(_ result: Result<T, AnswerParser.Refusal>) -> T? {
        try? result.get()
    }

    func refusal<T>(_ result: Result<T, AnswerParser.Refusal>) -> String? {
        if case .failure(let r) = result { return r.reason }
        return nil
    }
}
