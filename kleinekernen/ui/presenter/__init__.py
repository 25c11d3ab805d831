"""The presenter view: a second window for the facilitator, beside the audience's screen."""
