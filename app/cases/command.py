"""`fairminutes case ...`: a child's case without the window.

    fairminutes case list
    fairminutes case new TITLE [--child NAME]... [--council C] [--reference R] [--name N]
                               [--address TEXT] [--contact C]
    fairminutes case add CASE SESSION
    fairminutes case record CASE SESSION EVENT DATE [--letter KIND] [--note TEXT]
    fairminutes case show CASE [--today YYYY-MM-DD]
"""

from __future__ import annotations

from app.cases.store import EVENTS, LETTERS, Child, Parent, create_case, list_cases, open_case
from app.deadlines import long_date, parse_date, short_date
from app.errors import FairMinutesError

# The timeline and app.session are imported by the command that uses them: `register` runs for every
# `fairminutes` command, and together they would add 0.12 s to the 0.3 s of `fairminutes --help`.


def _today(text):
    if not text:
        return None
    day = parse_date(text)
    if day is None:
        raise FairMinutesError(f"--today “{text}” is not a date: give it as YYYY-MM-DD, for example 2026-05-22.")
    return day


def cmd_case(args) -> int:
    from app.cases import timeline as tl
    from app.session import open_session

    if args.action == "list":
        cases = list_cases()
        if not cases:
            print("No cases yet. Make one with: fairminutes case new TITLE")
        for c in cases:
            info = c.read()
            print(f"{c.id}  {info.title}  ({len(info.conferences)} conference{'s' if len(info.conferences) != 1 else ''})")
        return 0
    if args.action == "new":
        case = create_case(args.title, [Child(n) for n in args.child or []], args.council or "", args.reference or "",
                           Parent(args.name or "", (args.address or "").replace("\\n", "\n"), args.contact or ""))
        print(f"Made the case {case.id}")
        return 0
    case = open_case(args.case)
    if args.action == "add":
        session = open_session(args.session)
        session.read_info()
        case.add(session)
        print(f"Put {session.id} into {case.read().title}")
        return 0
    if args.action == "record":
        entry = case.record(args.event, open_session(args.session), args.date, letter=args.letter or "",
                            note=args.note or "")
        print(f"Recorded {entry.event.replace('_', ' ')} on {long_date(entry.on)}")
        return 0
    t = tl.build(case, _today(args.today))
    info = case.read()
    print(info.title)
    for line in t.conferences:
        print(f"\n{short_date(line.on) if line.on else 'no date'}  {line.kind}  {line.title}  ({line.session.id})")
        for i in line.items:
            state = "OVERDUE" if i.state == tl.OVERDUE else i.state
            print(f"  {short_date(i.on):>18}  {i.what}  [{state}]")
            if i.rule and i.state in (tl.OPEN, tl.OVERDUE):
                print(f"  {'':>18}  {i.rule}")
    nxt = t.next_due()
    print(f"\nNext date: {nxt.what}, {long_date(nxt.on)}." if nxt else "\nNo date is coming up.")
    for i in t.overdue():
        print(f"Overdue: {i.what} (was due {long_date(i.on)}).")
    return 0


def register(sub) -> None:
    p = sub.add_parser("case", help="a child's case across conferences: its dates, overdue items and letters")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    acts.add_parser("list", help="list the cases")
    n = acts.add_parser("new", help="make a case")
    n.add_argument("title")
    n.add_argument("--child", action="append", help="a child's name (repeat for several children)")
    n.add_argument("--council")
    n.add_argument("--reference", help="the council's reference")
    n.add_argument("--name", help="your name, for the letters")
    n.add_argument("--address", help="your address, lines separated by \\n")
    n.add_argument("--contact", help="your email or telephone")
    a = acts.add_parser("add", help="put a conference into the case")
    a.add_argument("case")
    a.add_argument("session")
    r = acts.add_parser("record", help="record a date: minutes received, letter sent, reply received ...")
    r.add_argument("case")
    r.add_argument("session")
    r.add_argument("event", choices=EVENTS)
    r.add_argument("date", help="YYYY-MM-DD")
    r.add_argument("--letter", choices=list(LETTERS), help="which letter (for letter_sent and reply_received)")
    r.add_argument("--note")
    s = acts.add_parser("show", help="the case's timeline, the next date and what is overdue")
    s.add_argument("case")
    s.add_argument("--today", help="as of this day (YYYY-MM-DD); default: today")
    p.set_defaults(func=cmd_case)
