"""Analysis over the engine: whole sessions without a screen (`simulate`) and deck balance (`balance`)."""
