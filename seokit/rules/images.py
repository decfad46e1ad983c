"""IM: image rules. They judge ``seokit.analysis.structure``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.structure import ImageInfo, StructureStats
from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule


def _images(ctx: Context) -> tuple[ImageInfo, ...]:
    stats: StructureStats = ctx.metric("structure")
    return stats.images


def _source_name(info: ImageInfo) -> str:
    src = info.image.src.strip()
    name = src.rsplit("/", 1)[-1].split("?", 1)[0] or src
    return name if len(name) <= 40 else name[:39] + "…"


@register
class ImageMissingAlt(Rule):
    """Flags images without an `alt` attribute, and image links whose only image has empty alt.

    ## What it does
    Reports every image that has no `alt` attribute at all. An empty `alt=""` marks an image
    as decorative and passes, except when the image is the only content of a link: then the
    link has no text at all, and the image needs alt text that names the link's target.
    This follows Lighthouse's `image-alt` audit and WCAG technique H67 for decorative images.

    ## Why is this bad?
    Search engines read alt text to understand images (and, for image links, as the anchor
    text); screen readers read it aloud. Without the attribute, many screen readers read the
    file name instead ("IMG_0412.jpg").

    ## Example
    ```html
    <img src="massage.jpg">                                  <!-- flagged -->
    <img src="massage.jpg" alt="Therapist massaging a patient's shoulder">
    <img src="divider.png" alt="">                           <!-- decorative: fine -->
    ```
    """

    code = "IM101"
    name = "image-missing-alt"
    title = "Image has no alt text"
    severity = Severity.WARNING
    examples = (
        Example('<p><img src="massage.jpg" alt="Shoulder massage"> <img src="line.png" alt="">'
                '</p>', fails=False, format="html"),
        Example('<p><img src="massage.jpg"></p>', fails=True, format="html"),
        Example('<p><a href="/"><img src="logo.png" alt=""></a></p>', fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(ctx.document.images)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for info in _images(ctx):
            alt = info.image.alt
            if alt is None:
                message = (f'The image "{_source_name(info)}" has no alt attribute. Describe '
                           'the image in alt text, or use alt="" if it is only decoration.')
            elif not alt.strip() and info.in_unnamed_link:
                message = (f'The image "{_source_name(info)}" is the only content of a link but '
                           "its alt text is empty. Use alt text that says where the link goes.")
            else:
                continue
            yield self.finding(ctx, message, span=info.image.span,
                               data={"src": info.image.src, "alt": alt,
                                     "in_link": info.in_unnamed_link})


@register
class ImageAltTooLong(Rule):
    """Flags alt text longer than 125 characters.

    ## What it does
    Reports images whose alt text is longer than `max_length` characters. The default, 125,
    is the widely used limit from Penn State's accessibility guidelines, based on JAWS
    reading alt text in chunks of 125 characters.

    ## Why is this bad?
    Screen readers read alt text in one go, without pausing or letting the listener move
    back by sentence, and some cut it into chunks. A long description belongs in a caption
    or the surrounding text; keyword lists stuffed into alt text read as spam.

    ## Example
    ```html
    <img src="massage.jpg" alt="Therapist massaging a patient's shoulder">
    ```
    """

    code = "IM102"
    name = "image-alt-too-long"
    title = "Image alt text is too long"
    severity = Severity.INFO
    options = (Option("max_length", 125, "Most characters alt text should have."),)
    examples = (
        Example('<p><img src="massage.jpg" alt="Therapist massaging a shoulder"></p>',
                fails=False, format="html"),
        Example('<p><img src="massage.jpg" alt="' + "massage therapy pain relief " * 6
                + '"></p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(info.image.alt for info in _images(ctx))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        limit = opts["max_length"]
        for info in _images(ctx):
            alt = (info.image.alt or "").strip()
            if len(alt) > limit:
                yield self.finding(
                    ctx, f'The alt text of "{_source_name(info)}" has {len(alt)} characters '
                    f"(at most {limit} recommended). Keep it to a short description and put "
                    "details in a caption.",
                    span=info.image.span, data={"length": len(alt), "max": limit,
                                                "src": info.image.src})


@register
class DuplicateAltText(Rule):
    """Flags images that repeat another image's alt text.

    ## What it does
    Compares the alt texts of the page's images (case and spacing aside) and reports every
    image whose non-empty alt text an earlier image, showing a different file, already used,
    at that image. Empty `alt=""` (decorative images) never counts. Yoast runs the same check
    (`DuplicateAltTextAssessment`).

    ## Why is this bad?
    Alt text should describe each image; the same words on different pictures describe at
    most one of them, tell screen-reader users nothing new, and usually mean a keyphrase was
    pasted into every alt attribute.

    ## Example
    ```html
    <img src="back.jpg" alt="Massage therapy">
    <img src="neck.jpg" alt="Massage therapy">   <!-- flagged -->
    ```
    """

    code = "IM103"
    name = "duplicate-alt-text"
    title = "Images share the same alt text"
    severity = Severity.INFO
    examples = (
        Example('<p><img src="back.jpg" alt="Massage on the back"> '
                '<img src="neck.jpg" alt="Massage on the neck"></p>', fails=False, format="html"),
        Example('<p><img src="back.jpg" alt="Massage therapy"> '
                '<img src="neck.jpg" alt="Massage therapy"></p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return sum(1 for info in _images(ctx) if (info.image.alt or "").strip()) > 1

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats: StructureStats = ctx.metric("structure")
        for info in stats.duplicate_alts:
            yield self.finding(
                ctx, f'The image "{_source_name(info)}" repeats the alt text "{info.image.alt}" '
                     "of another image. Describe what this image shows.",
                span=info.image.span, data={"alt": info.image.alt, "src": info.image.src})
