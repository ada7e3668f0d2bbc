/// The scenario and touchpoint registry the `shopper run` tests (line mode and terminal) walk:
/// two steps, a checklist item, a choice question, an NPS survey and a known barrier.
enum Fixtures {
    static let touchpoints = """
        touchpoints:
          - id: web-search
            name: Website search
            channel: web
            stage: consideration
            owner: Web team
            importance: {customer: 4, business: 3}
          - id: web-checkout
            name: Website checkout
            channel: web
            stage: purchase
            owner: Web team
            importance: {customer: 5, business: 5}

        """

    static let scenario = """
        scenario: order-online
        title: Order online
        language: en
        persona: A first-time customer.
        brief: Order one item from the website.
        context: [device]
        steps:
          - id: find
            title: Find the item
            do: Search for the kettle.
            touchpoint: web-search
            stage: consideration
            target: 1m
            checklist:
              - id: results
                text: Results are relevant
          - id: pay
            title: Pay
            do: Pay by card.
            touchpoint: web-checkout
            stage: purchase
            score: false
            questions:
              - id: method
                ask: How did you pay?
                type: choice
                options: [Card, PayPal]
        survey:
          - id: nps
            ask: Would you recommend us?
            type: nps
        barriers:
          - id: no-results
            step: find
            text: Search finds nothing

        """
}
