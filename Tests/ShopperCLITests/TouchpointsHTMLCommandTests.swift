import Foundation
import Testing

/// `shopper touchpoints --format html` on the shipped samples: a self-contained page with the
/// wheel of measured and team scores and the programme table.
@Suite struct TouchpointsHTMLCommandTests {
    @Test func touchpointsHTMLDrawsTheTeamOutlineOnTheWheelAndATeamColumn() throws {
        let arguments = ["touchpoints", "--today", "2026-11-29", "--stage", "purchase"]
        let json = try ShopperProcess.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let list = try #require(object["touchpoints"] as? [[String: Any]])
        let scored = list.filter { $0["score"] is Double }
        let withTeam = scored.filter { $0["team"] is Double }.count
        try #require(!scored.isEmpty && scored.count <= 12 && withTeam > 0, "the sample's purchase stage fits one wheel")

        let html = try ShopperProcess.run(arguments + ["--format", "html", "--lang", "en"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.hasSuffix("</html>\n"))
        #expect(!html.stdout.contains("<script") && !html.stdout.contains("http"))
        #expect(html.stdout.contains("class=\"chart wheel wide\"") && html.stdout.contains("class=\"chart dotplot narrow\""))
        // One marker per touchpoint with both scores on the wheel and on its phone dot plot, one in the wheel's legend.
        #expect(html.stdout.components(separatedBy: "class=\"team-dot\"").count - 1 == 2 * withTeam + 1)
        #expect(html.stdout.contains("<th>Team</th><th>Gap</th>"))
        #expect(html.stdout.components(separatedBy: "<tr").count - 2 == list.count)  // head row and the rows
        #expect(html.stdout.contains("prefers-color-scheme:dark") && html.stdout.contains("@media print"))

        let ru = try ShopperProcess.run(arguments + ["--format", "html", "--lang", "ru"])
        #expect(ru.status == 0 && ru.stdout.contains("<html lang=\"ru\">") && ru.stdout.contains("<th>Команда</th>"))
    }
}
