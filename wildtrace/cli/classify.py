"""Commands ``wildtrace classify`` and ``wildtrace classifier train|evaluate``.

Thin: parse, call one function of :mod:`classifier.commands`, print. The classifier (torch,
transformers) is imported inside the handlers so ``wildtrace --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wildtrace.cli.common import add_data_dir, config_from, existing_file
from wildtrace.exceptions import UsageError


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("the threshold must be between 0 and 1")
    return number


def _batch(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def classify(args: argparse.Namespace) -> int:
    from classifier.commands import classify_stream

    model_dir = Path(args.model) if args.model else None
    if args.file == "-":
        classify_stream(sys.stdin, sys.stdout, "<stdin>", model_dir=model_dir,
                        threshold=args.threshold, batch_size=args.batch_size)
        return 0
    path = existing_file(args.file)
    try:
        with path.open(encoding="utf-8") as handle:
            classify_stream(handle, sys.stdout, str(path), model_dir=model_dir,
                            threshold=args.threshold, batch_size=args.batch_size)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    return 0


def train(args: argparse.Namespace) -> int:
    from classifier.commands import train as train_model

    extra = existing_file(args.extra_labels) if args.extra_labels else None
    outcome = train_model(config_from(args), extra_labels=extra, force=args.force,
                          out_dir=Path(args.out) if args.out else None)
    print(outcome.summary())
    return 0


def _labels_path(value: str) -> Path:
    """A labels file or a folder of them."""
    path = Path(value)
    return path if path.is_dir() else existing_file(value)


def evaluate(args: argparse.Namespace) -> int:
    from classifier.commands import evaluate_model
    from classifier.dataset import EVAL_FILE
    from classifier.evaluation import render
    from classifier.registry import current_dir

    model_dir = Path(args.model) if args.model else current_dir(config_from(args))
    labels = _labels_path(args.labels) if args.labels else EVAL_FILE
    report = evaluate_model(model_dir, labels, args.threshold)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(render(report, markdown=args.markdown), end="")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    parser = sub.add_parser(
        "classify", help="score listings (JSON lines) for offers of CITES-listed species",
        description="Read JSON lines with id, title, text (optional lang, url, price) and write "
                    "one JSON line per listing: id, score, flagged, species, product_type, "
                    "reasons.")
    parser.add_argument("file", metavar="FILE.jsonl", help="listings, or - for stdin")
    parser.add_argument("--threshold", type=_threshold, default=None,
                        help="flag at this calibrated score (default: CLASSIFIER_THRESHOLD)")
    parser.add_argument("--batch-size", type=_batch, default=32, help="listings per batch")
    parser.add_argument("--model", metavar="DIR", default=None,
                        help="model folder (default: the promoted model, else the bundled one)")
    parser.set_defaults(func=classify)

    group = sub.add_parser("classifier", help="train and evaluate the listing classifier")
    actions = group.add_subparsers(dest="classifier_command", metavar="ACTION",
                                   parser_class=type(group))
    trainer = actions.add_parser(
        "train", help="train a model on the corpus, extra labels and investigators' decisions",
        description="Train, compare with the current model on the evaluation split and promote "
                    "the new model unless it is worse (then it is refused; --force keeps it).")
    add_data_dir(trainer)
    trainer.add_argument("--extra-labels", metavar="FILE",
                         help="JSON lines with title/text, lang and label 0/1 to add")
    trainer.add_argument("--force", action="store_true",
                         help="keep and promote the new model even if it is worse")
    trainer.add_argument("--out", metavar="DIR",
                         help="write the model to DIR without promoting it (rebuilds the "
                              "bundled model with --out classifier/model)")
    trainer.set_defaults(func=train)
    evaluator = actions.add_parser(
        "evaluate", help="precision, recall and F1 overall, per language and per product type")
    add_data_dir(evaluator)
    evaluator.add_argument("--model", metavar="DIR", default=None,
                           help="model folder (default: the promoted model, else the bundled)")
    evaluator.add_argument("--labels", metavar="FILE",
                           help="labelled JSON lines, or a folder of them (default: the "
                           "evaluation split, classifier/corpus/eval/)")
    evaluator.add_argument("--threshold", type=_threshold, default=None,
                           help="flag at this calibrated score (default: CLASSIFIER_THRESHOLD)")
    evaluator.add_argument("--markdown", action="store_true", help="print Markdown tables")
    evaluator.add_argument("--json", action="store_true", help="print the measures as JSON")
    evaluator.set_defaults(func=evaluate)

    def group_help(_args: argparse.Namespace) -> int:
        group.print_help()
        return 2

    group.set_defaults(func=group_help)
