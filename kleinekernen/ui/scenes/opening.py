"""Opening a saved session: continue it where it stopped, or look back through it when it is finished."""

from __future__ import annotations

from pathlib import Path

from ...engine.state import Step
from ...persistence.journal import JournalError
from ...persistence.lock import SessionBusy
from ...persistence.sessions import open_for_writing, open_session
from ..session import PlaySession
from .base import Host


def open_saved(app: Host, path: Path) -> None:
    context = app.context
    try:
        opened = open_session(path, context.deck, app.lang)
        if opened.game.step is Step.END:
            context.notices = opened.notices
            app.push("review", game=opened.game)
            return
        if context.session is not None and context.session.path == path:
            context.end_session()  # our own lock on it must not make us a second instance
        resumed = open_for_writing(path, context.deck, app.lang)
        session, notices = PlaySession.resume(resumed, app.lang), resumed.opened.notices
    except SessionBusy as busy:
        holder = busy.holder
        why = app.t("journal.busy", host=holder.host, pid=holder.pid, since=holder.since)
        session, notices = PlaySession.look_only(opened, why, app.lang), opened.notices
    except JournalError as error:
        app.push("confirm", question=app.t("sessions.broken"), detail=str(error), on_yes=lambda: None, purpose="notice")
        return
    context.start(session, notices)
    app.reset("case")
