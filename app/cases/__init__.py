"""A child's case across conferences: its facts and conferences (store), its timeline of dates
and letters (timeline), and the findings the next minutes repeat (carried)."""
