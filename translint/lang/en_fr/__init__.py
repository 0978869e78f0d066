"""Data of the English/French pair: facts about one language written as the other."""
