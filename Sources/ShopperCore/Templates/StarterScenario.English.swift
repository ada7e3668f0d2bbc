extension StarterScenario {
    static func english(id: String, _ t: Touchpoints) -> String {
        """
        # A shopper scenario: a customer task, step by step. Replace the example texts with your own.
        # Check it with `shopper check`, walk it with `shopper run \(id)`.
        # Keys marked (optional) may be deleted. Lines starting with # are comments.

        # The scenario id: lowercase letters, digits and hyphens. It names this file and the run folders.
        scenario: \(id)
        # A short title shown to testers and in reports.
        title: Order a kettle online and get the confirmation
        # (optional) A whole number, default 1. Raise it when you change the steps so much
        # that old runs no longer compare with new ones.
        version: 1
        # The language of the texts: en (English) or ru (Russian).
        language: en
        # (optional) Who the tester pretends to be.
        persona: >-
          A 35-year-old office worker who buys online a few times a month
          and has never ordered from this shop.
        # The task as told to the tester before the first step.
        brief: >-
          You want a kettle for under 50 EUR, delivered this week.
          Find one on the shop's website, order it and check the confirmation you receive.
        # (optional) Facts the runner asks for at the start of each run
        # (lowercase names; underscores allowed).
        context: [location, device, browser]
        # (optional) Time budget for the whole task: 90s, 2m, 1h30m, 1m30s or whole seconds.
        target: 20m
        # (optional) Pass mark: the least shop score (weighted share of checklist items
        # answered yes) with which a run passes, as 85% or 0.85. A critical item answered no
        # fails the run whatever its score.
        pass: 85%
        # (optional) Working hours, for waits counted in working time (clock: working below):
        # weekdays or ranges (mon-fri) to "HH:MM-HH:MM", several intervals for a break
        # ("09:00-13:00, 14:00-18:00"); days not listed are closed. A run's location with hours
        # or a time zone of its own (locations.yaml) overrides these.
        hours: {mon-fri: "09:00-18:00", sat: "10:00-14:00"}
        # The IANA time zone the hours follow (needed with hours).
        timezone: Europe/Berlin
        # (optional) Dates on which nothing is open.
        holidays: [2026-12-25, 2027-01-01]

        # The steps, in order: at least one.
        steps:
          # id: unique in this file (lowercase letters, digits and hyphens).
          - id: find
            # A short name of the step.
            title: Find a suitable kettle
            # do: the instruction the tester follows.
            do: Open the shop's website and find a kettle under 50 EUR that can be delivered this week.
            # An id from touchpoints.yaml (beside this file, else in scenarios/).
            touchpoint: \(t.find)
            # The journey stage: awareness, consideration, interest, intent, purchase,
            # post-purchase, retention, advocacy or loyalty.
            stage: consideration
            # (optional) What good looks like; shown to the tester.
            expect:
              - Search or the catalogue shows suitable kettles within a minute
              - Price and delivery date are visible before checkout
            # (optional) Time target for the step, in the same forms as the scenario's target.
            target: 5m
            # (optional) Ask the tester for a 0 to 10 score of the step: true (default) or false.
            score: true
            # (optional) Items the tester answers yes, no or n/a after the step.
            # weight: a number greater than 0 (default 1), its share in the step's compliance.
            # critical: true means a "no" sets the step's compliance to 0 (default false).
            checklist:
              - id: price-visible
                text: The price including VAT is shown on the product page
              - id: delivery-date
                text: The delivery date is shown before checkout
                weight: 2
                critical: true
            # (optional) Questions asked after the step. type is one of:
            #   nps (0 to 10), csat (1 to 5), ces (1 to 7), seq (single ease question, 1 to 7),
            #   scale (needs min and max; labels optional), yesno, choice (needs options, at least two),
            #   number (min, max and unit optional), text.
            # required: false lets the tester leave the answer empty (default true).
            questions:
              - id: ease
                ask: Overall, how easy or difficult was it to find a kettle?
                type: seq
              - id: found-by
                ask: How did you find it?
                type: choice
                options: [Search, Catalogue, Recommendations]

          - id: order
            title: Place the order
            do: Put the kettle in the basket and order it with home delivery.
            touchpoint: \(t.order)
            stage: purchase
            target: 7m
            checklist:
              - id: guest-checkout
                text: You can order without creating an account
            questions:
              - id: cost-clarity
                ask: How clear was the total cost before you confirmed the order?
                type: scale
                min: 1
                max: 5
                labels: {1: Not clear at all, 5: Completely clear}
              - id: form-fields
                ask: How many form fields did you fill in?
                type: number
                min: 0
                unit: fields
                required: false

          - id: confirm
            title: Check the confirmation
            do: Open the confirmation e-mail and check the order details.
            touchpoint: \(t.confirm)
            stage: post-purchase
            target: 10m
            # (optional) wait: reply makes the step a wait for the business's answer (here: the
            # e-mail after the order); its target is then the promised response time.
            wait: reply
            # (optional) clock: wall (default) counts every minute; working counts only the hours above.
            clock: wall
            # (optional) attempts: how many times the tester asks (default 1); retry_after: the
            # least time between two attempts (here: ask the shop to resend the e-mail once).
            attempts: 2
            retry_after: 10m
            # No 0 to 10 score for this step.
            score: false
            expect:
              - The e-mail arrives within 5 minutes
              - It names the order number, the total and the delivery date
            questions:
              - id: arrived-in-time
                ask: Did the confirmation arrive within 5 minutes?
                type: yesno

        # (optional) Questions at the end of the run; the same types as step questions.
        survey:
          - id: recommend
            ask: How likely are you to recommend this shop to a friend or colleague?
            type: nps
          - id: satisfaction
            ask: How satisfied are you with ordering from this shop?
            type: csat
          - id: effort
            ask: The shop made it easy for me to place my order.
            type: ces
          - id: change
            ask: What would you change?
            type: text
            required: false

        # (optional) Barriers you already know of. The runner offers them at their step,
        # so a tester records one with a key press. step: the id of a step above.
        barriers:
          - id: late-delivery-date
            step: find
            text: The delivery date appears only at checkout
          - id: forced-account
            step: order
            text: Ordering requires creating an account

        """
    }
}
