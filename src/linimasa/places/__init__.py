"""Event places (issue 21): each event's place, resolved to a gazetteer entry with a point.

The place is read from the event's own clause, after a locative word ("di Kairo", "ke Doha",
"serangan Israel di Doha": Doha is the place, Israel the source); failing that, from the article's
dateline ("KAIRO (Antara) -") with a coarser precision. See docs/places.md and
resources/places/rules.yaml. The stage is `linimasa.places.stage`.
"""
