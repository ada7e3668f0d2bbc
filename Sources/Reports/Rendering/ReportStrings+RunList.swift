import ShopperCore

/// The words of `shopper runs` added for locations, in English and Russian.
extension ReportStrings {
    /// The head of the location column (`context.location`).
    var locationColumn: String { t("location", "локация") }
}
