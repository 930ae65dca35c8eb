"""Click's own words in the language of ``dkg --lang`` / ``$DKG_LANG``: every ``--help`` (its frame, cách dùng,
tùy chọn, lệnh, and the command's description and its options' help, ``kg.i18n.help``: one language a screen) and
the usage errors click raises before a command runs (an
unknown option or command, a missing argument, a value not among the choices). English stays as
click writes it; the words are ``click.*`` of ``kg.i18n.CLI_TEXT``.

Click builds these sentences with gettext, which would need a compiled catalogue and the process's
locale; the command line already knows its language, so the help's formatter and the errors are
said here from the fields click keeps (the option's name, the parameter, the suggestions).

May import ``kg.i18n`` and ``kg.cli_store``; ``kg.cli`` imports it."""

from __future__ import annotations

import inspect
import os
import re

import click

from kg.cli_store import LANG_VAR, language


def _words(lang: str) -> dict[str, str]:
    from kg.i18n import CLI_TEXT

    return CLI_TEXT[lang]


def context_language(ctx: click.Context | None) -> str:
    """``vi`` or ``en`` for a context that may not have run the root's ``--lang`` yet (an error
    while the root's own options are parsed): the root's setting, else ``$DKG_LANG``."""
    if ctx is not None:
        root = ctx.find_root()
        lang = (root.obj or {}).get("lang") or root.params.get("lang")
        if lang:
            return language(lang)
    return language(os.environ.get(LANG_VAR))


class LanguageFormatter(click.HelpFormatter):
    """The help of a command with click's headings and its two stock option lines in Vietnamese."""

    def __init__(self, words: dict[str, str], summaries: dict[str, str] | None = None,
                 command: click.Command | None = None, path: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self.words = words
        #: what the commands listed under "Lệnh" do, by name (those of the group whose help this is)
        self.summaries = summaries or {}
        self.heading = ""
        #: the command whose help this is and its path after the program's name ("review correct"), whose
        #: description and options' help are said in Vietnamese (``kg.i18n.help``)
        self.command, self.path = command, path

    def write_text(self, text: str) -> None:
        from kg.i18n import command_help

        own = inspect.cleandoc(self.command.help or "").partition("\f")[0].strip() if self.command else None
        said = command_help(self.path) if own and text.strip() == own else None
        super().write_text(said or text)

    def _option_said(self, term: str, text: str) -> str:
        """An option's help line in Vietnamese, with the brackets click adds after it ("[default: table]")."""
        from kg.i18n import option_help

        names = {part.split()[0] for part in term.split(", ") if part}
        for param in getattr(self.command, "params", ()):
            if isinstance(param, click.Option) and param.help and names & set(param.opts):
                said = option_help(self.path, max(param.opts, key=len))
                if said and text.startswith(param.help):
                    return said + text[len(param.help):]
        return text

    def placeholders(self, text: str) -> str:
        """Click's own placeholders in ``text`` (``[OPTIONS]``, ``COMMAND``, ``TEXT``, ``INTEGER``) said in the help's
        language, each where it stands as a word; a command's own (``KEY``, ``FILES``) are named by its help."""
        return _PLACEHOLDER.sub(lambda m: self.words.get("click.ph." + m.group(0), m.group(0)), text)

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, self.placeholders(args),
                            prefix=self.words["click.usage"] + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.heading = heading
        stock = {"Options": "click.options", "Commands": "click.commands"}.get(heading)
        super().write_heading(self.words[stock] if stock else heading)

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        english = _words("en")
        stock = {english["click.help"]: self.words["click.help"], english["click.version"]: self.words["click.version"]}

        def said(term: str, text: str) -> str:
            if self.heading == "Commands" and term in self.summaries:
                return self.summaries[term]
            text = stock.get(text, text)
            if self.heading == "Options":
                text = self._option_said(term, text)
            for key in ("click.default", "click.required"):  # (the brackets click adds after an option's help)
                text = text.replace(english[key], self.words[key])
            if "click.at-least" in self.words:  # (and the range of a number it takes: "[x>=1]", "[1<=x<=1000]")
                text = _AT_LEAST.sub(lambda m: self.words["click.at-least"].format(low=m["low"]), text)
                text = _BETWEEN.sub(lambda m: self.words["click.between"].format(low=m["low"], high=m["high"]), text)
            return text

        rows = [(self.placeholders(term) if self.heading == "Options" else term, said(term, text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


#: click's placeholders, each a word of its own (``TEXT`` but not ``TEXTS``; ``[ARGS]...`` whole)
_PLACEHOLDER = re.compile(r"\[OPTIONS\]|\[ARGS\]\.\.\.|(?<![\w-])(?:COMMAND|TEXT|INTEGER|FLOAT|PATH|FILENAME|DIRECTORY)(?![\w-])")
_AT_LEAST = re.compile(r"\[x>=(?P<low>-?[\d.]+)\]")
_BETWEEN = re.compile(r"\[(?P<low>-?[\d.]+)<=x<=(?P<high>-?[\d.]+)\]")


class LanguageContext(click.Context):
    """A context whose help is formatted in the command line's language."""

    def make_formatter(self) -> click.HelpFormatter:
        lang = context_language(self)
        if lang == "en":
            return super().make_formatter()
        from kg.i18n import COMMAND_SUMMARIES

        # (the command's path after the program's name, "review correct", however the program was called: `dkg`,
        # `python -m kg`)
        names: list[str] = []
        ctx: click.Context = self
        while ctx.parent is not None:
            names.append(ctx.info_name or "")
            ctx = ctx.parent
        path = " ".join(reversed(names))
        summaries = {name: COMMAND_SUMMARIES[f"{path} {name}".strip()] for name in getattr(self.command, "commands", {})
                     if f"{path} {name}".strip() in COMMAND_SUMMARIES}
        return LanguageFormatter(_words(lang), summaries, self.command, path, width=self.terminal_width,
                                 max_width=self.max_content_width)


def use_language(command: click.Command) -> None:
    """``command`` and the commands of its groups format their help in the command line's language."""
    command.context_class = LanguageContext
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            use_language(sub)


class SaidUsageError(click.UsageError):
    """A usage error said in Vietnamese: the usage line, the hint to ``--help`` and the message."""

    def show(self, file=None) -> None:
        words = _words("vi")
        out = []
        if self.ctx is not None:  # (the root's --lang may not have been read yet: the usage line is said here)
            formatter = LanguageFormatter(words, width=self.ctx.terminal_width, max_width=self.ctx.max_content_width)
            self.ctx.command.format_usage(self.ctx, formatter)
            out.append(formatter.getvalue().rstrip("\n"))
            names = self.ctx.command.get_help_option_names(self.ctx)
            if names:
                out.append(words["click.try"].format(command=self.ctx.command_path, option=max(names, key=len)))
            out.append("")
        from kg.i18n import ERRORS

        out.append(f"{ERRORS['vi']['label.error']}: {self.format_message()}")
        click.echo("\n".join(out), err=True if file is None else False, file=file)


_NOT_ONE_OF = re.compile(r"^'?(?P<value>.*?)'? is not (?:one of )?(?P<choices>.*)\.$", re.S)
#: What click says of a value a number's or a file's type refused (``click.types``): out of its range, no number,
#: a folder or a place that cannot be written where a file is asked for.
_OUT_OF_RANGE = re.compile(r"^(?P<value>.*) is not in the range (?:x>=(?P<low>-?[\d.]+)|(?P<from>-?[\d.]+)<=x<=(?P<high>-?[\d.]+))\.$", re.S)
_NOT_A_NUMBER = re.compile(r"^'(?P<value>.*)' is not a valid (?P<type>integer|float)(?: range)?\.$", re.S)
_PATH_REFUSED = re.compile(r"^(?:File|Directory|Path) '(?P<value>.*)' (?P<what>is a directory|is not writable)\.$", re.S)


def said_usage_error(exc: click.UsageError, lang: str) -> click.UsageError:
    """``exc`` said in ``lang``: itself in English; in Vietnamese, a :class:`SaidUsageError` whose
    message is built from what click kept (click's own message where it kept nothing to build on)."""
    if lang == "en" or isinstance(exc, (SaidUsageError, click.exceptions.NoArgsIsHelpError)):
        return exc  # (`dkg` alone shows its help, formatted in the language already)
    words = _words(lang)
    message = exc.format_message()
    param = getattr(exc, "param", None)
    suggestions = getattr(exc, "possibilities", None)
    if isinstance(exc, click.NoSuchOption):
        message = words["click.no-option"].format(name=exc.option_name)
    elif isinstance(exc, click.exceptions.NoSuchCommand):
        message = words["click.no-command"].format(name=exc.command_name)
    elif isinstance(exc, click.MissingParameter) and param is not None:
        kind = "click.missing-option" if param.param_type_name == "option" else "click.missing-argument"
        message = words[kind].format(name=_hint(param, exc.ctx))
    elif isinstance(exc, click.BadParameter) and param is not None:
        detail = exc.message
        found = _NOT_ONE_OF.match(detail) if isinstance(param.type, click.Choice) else None
        if found:
            detail = words["click.not-one-of"].format(value=found["value"], choices=found["choices"])
        else:
            detail = _value_refused(detail, words)
        message = words["click.invalid"].format(name=_hint(param, exc.ctx), message=detail)
    elif isinstance(exc, click.BadOptionUsage) and "requires" in exc.message:
        message = words["click.needs-value"].format(name=exc.option_name)
    elif exc.message == "Missing command.":  # (`dkg --lang vi` with nothing after it)
        message = words["click.no-command-given"]
    elif exc.message.startswith("Got unexpected extra argument"):
        message = words["click.extra"].format(values=exc.message.partition("(")[2].rstrip(")"))
    if suggestions:
        message += " " + words["click.did-you-mean"].format(names=", ".join(f"'{s}'" for s in sorted(suggestions)))
    said = SaidUsageError(message, exc.ctx)
    said.exit_code = exc.exit_code
    return said


def _value_refused(detail: str, words: dict[str, str]) -> str:
    """Click's words on a value its type refused (a number out of range or no number, a folder given for a file), in
    the language of ``words``; any other as click gives them."""
    if (found := _OUT_OF_RANGE.match(detail)):
        span = (words["click.at-least"].format(low=found["low"]) if found["low"] is not None
                else words["click.between"].format(low=found["from"], high=found["high"]))
        return words["click.out-of-range"].format(value=found["value"], range=span.strip("[]"))
    if (found := _NOT_A_NUMBER.match(detail)):
        return words["click.not-integer" if found["type"] == "integer" else "click.not-number"].format(value=found["value"])
    if (found := _PATH_REFUSED.match(detail)):
        return words["click.is-directory" if found["what"] == "is a directory" else "click.not-writable"].format(
            value=found["value"])
    return detail


def _hint(param: click.Parameter, ctx: click.Context | None) -> str:
    """How click names a parameter in an error ('FILES...', "'--format'")."""
    return param.get_error_hint(ctx) if ctx is not None else repr(param.name)
