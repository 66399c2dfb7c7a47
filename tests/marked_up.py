"""Articles full of markup, for the tests of what readers see: an HTML page with entities,
links, scripts and nested tags, and a Markdown article with emphasis, escapes, links, lists."""

from __future__ import annotations

from pathlib import Path

HTML_ARTICLE = """<!DOCTYPE html>
<html><head>
<title>Pentagon &amp; NATO: troops to Romania | Example News</title>
<meta property="og:title" content="Pentagon sends 500 troops to Romania &amp; Poland">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2022-03-08T10:31:00Z">
<script>document.write("<p>Breaking: not article text &amp; never shown</p>");</script>
<style>.lead { font-weight: bold }</style>
</head><body>
<nav><a href="/">Home</a> &middot; <a href="/world">World</a></nav>
<article>
<h1>Pentagon sends 500 troops to Romania &amp; Poland</h1>
<p class="byline">By Jane Smith</p>
<p class="lead">The Pentagon <a href="https://example.org/briefing?day=mon&amp;id=7">announced
on Monday</a> that 500 more troops would deploy to Romania &amp; Poland, officials said.</p>
<p>Defense Secretary Lloyd Austin approved the <b>deployment of <i>two</i> F-35
squadrons</b> on Tuesday, according to AT&amp;T&#8217;s former lobbyist &quot;in charge&quot;.</p>
<p>The allies agreed on Feb.&nbsp;26 to send &lt;Patriot&gt; air defense systems to the
Baltic states.</p>
<ul><li>NATO leaders met in Brussels on Wednesday to discuss the plans.</li>
<li>Officials said on Sunday that more would follow.</li></ul>
</article>
<footer><p>&copy; 2022 Example News</p></footer>
</body></html>
"""

MARKDOWN_ARTICLE = """# Pentagon orders *500* more troops to Eastern Europe

Andre Damon\x20\x20
8 March 2022

Defense Secretary Lloyd Austin has **ordered** the deployment of an additional 500 troops to
Eastern Europe, the [Pentagon said](https://example.org/a_(b) "Briefing") on Monday.

The *New York Times* reported that the president approved \\$350 million in military aid on
Feb. 26.

The staggering pace of US weapons transfers to

Ukraine was spelled out in a report on Tuesday.

- The US sent 17,000 anti-tank missiles to Ukraine last week, officials said.
- Officials said on Sunday that more would follow.

> NATO allies agreed on Wednesday to double the battlegroups.

[More coverage](https://example.org/more)
"""


def write_articles(folder: Path) -> Path:
    """Both articles in `folder`; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pentagon.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (folder / "troops.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    return folder
