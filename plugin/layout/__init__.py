"""Print layouts: the incident briefing (built from resources/layouts/briefing.qpt) and its export."""
