"""Algorithm parameters built from the algorithms' own definitions, so the dock never passes a stale guess.

An enum choice is looked up by its option text in the parameter definition (an index or, for an enum with
static strings, the text itself), never hard-coded by position; every parameter name the dock sets must exist
in the algorithm, so a renamed parameter fails loudly in the tests instead of being ignored.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingParameterEnum

PROVIDER = "balloonwatch"


def algorithm(alg: str) -> QgsProcessingAlgorithm:
    """The registered algorithm ``balloonwatch:<alg>`` (LookupError if the provider is not loaded)."""
    found = QgsApplication.processingRegistry().algorithmById(f"{PROVIDER}:{alg}")
    if found is None:
        raise LookupError(f"the algorithm {PROVIDER}:{alg} is not registered")
    return found


def enum_options(alg: str, name: str) -> list[str]:
    """The option texts of enum parameter ``name``, in order (what the toolbox shows)."""
    return list(_enum(alg, name).options())


def enum_value(alg: str, name: str, option: str):
    """The value that selects ``option`` of enum ``name``: its index, or the text for static-string enums."""
    definition = _enum(alg, name)
    options = list(definition.options())
    if option not in options:
        raise LookupError(f"{PROVIDER}:{alg} parameter {name} has no option {option!r} (options: {options})")
    uses_strings = getattr(definition, "usesStaticStrings", lambda: False)()
    return option if uses_strings else options.index(option)


def default(alg: str, name: str):
    """The default value of parameter ``name`` as the algorithm defines it (what the toolbox starts from)."""
    definition = algorithm(alg).parameterDefinition(name)
    if definition is None:
        raise LookupError(f"{PROVIDER}:{alg} has no parameter {name}")
    return definition.defaultValue()


def build(alg: str, **values) -> dict:
    """``values`` checked against the algorithm's parameters; None values are left out (the default applies)."""
    names = {d.name() for d in algorithm(alg).parameterDefinitions()}
    unknown = sorted(set(values) - names)
    if unknown:
        raise LookupError(f"{PROVIDER}:{alg} has no parameter {', '.join(unknown)}")
    return {k: v for k, v in values.items() if v is not None}


def _enum(alg: str, name: str) -> QgsProcessingParameterEnum:
    definition = algorithm(alg).parameterDefinition(name)
    if not isinstance(definition, QgsProcessingParameterEnum):
        raise LookupError(f"{PROVIDER}:{alg} has no enum parameter {name}")
    return definition
