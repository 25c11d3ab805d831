"""The scenes of the game, one module each; a scene draws itself and never changes state while drawing."""
