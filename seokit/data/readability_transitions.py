"""Transition words and phrases per language (used by ``seokit.text.transitions``).

Connectives that tell the reader how a sentence relates to the one before: addition, contrast,
cause and effect, sequence, example, emphasis, summary. Compiled for seokit from standard
grammars and style guides; a phrase is written with single spaces and matched word by word.
"""

from __future__ import annotations


def _entries(text: str) -> tuple[str, ...]:
    return tuple(e.strip() for e in text.split(",") if e.strip())


TRANSITIONS: dict[str, tuple[str, ...]] = {
    "en": _entries("""
        also, besides, furthermore, moreover, additionally, likewise, similarly, equally,
        in addition, as well as, not only, what is more, along with, by the same token,
        in the same way, but, however, yet, although, though, even though, whereas, while,
        nevertheless, nonetheless, instead, otherwise, conversely, still, despite,
        in spite of, on the other hand, on the contrary, in contrast, by contrast, rather than,
        even so, unlike, because, since, therefore, thus, hence, consequently, accordingly,
        so, so that, as a result, as a consequence, for this reason, due to, because of,
        given that, in order to, unless, provided that, as long as, if, when, whenever,
        until, before, after, afterwards, afterward, then, next, first, firstly, second,
        secondly, third, thirdly, finally, lastly, eventually, meanwhile, subsequently,
        previously, initially, later, soon, at first, at last, in the meantime, at the same time,
        first of all, to begin with, from now on, in the end, for example, for instance,
        such as, namely, specifically, in particular, particularly, especially, notably,
        to illustrate, indeed, in fact, of course, certainly, clearly, above all,
        most importantly, more importantly, in other words, that is, overall, in short,
        in brief, in summary, to sum up, in conclusion, to conclude, all in all, on the whole,
        ultimately, altogether, after all, in general, generally, similarly
    """),
    "de": _entries("""
        außerdem, zudem, ferner, darüber hinaus, zusätzlich, ebenfalls, ebenso, weiterhin,
        auch, sowohl, nicht nur, aber, jedoch, doch, dennoch, trotzdem, allerdings, hingegen,
        dagegen, stattdessen, obwohl, obgleich, wenngleich, während, im Gegensatz, im Gegenteil,
        einerseits, andererseits, auf der anderen Seite, weil, da, denn, deshalb, deswegen,
        daher, darum, folglich, somit, also, infolgedessen, dadurch, damit, sodass,
        aus diesem Grund, wenn, falls, sofern, zuerst, zunächst, erstens, zweitens, drittens,
        dann, danach, anschließend, daraufhin, schließlich, zuletzt, endlich, vorher, zuvor,
        inzwischen, mittlerweile, gleichzeitig, seitdem, beispielsweise, zum Beispiel,
        insbesondere, vor allem, nämlich, tatsächlich, in der Tat, natürlich, selbstverständlich,
        mit anderen Worten, das heißt, zusammenfassend, kurz gesagt, kurzum, abschließend,
        letztlich, insgesamt, im Allgemeinen, im Grunde, grundsätzlich, ebenso wie
    """),
    "fr": _entries("""
        aussi, également, de plus, en outre, par ailleurs, d'ailleurs, ensuite, de même,
        pareillement, non seulement, mais, cependant, pourtant, toutefois, néanmoins, or,
        en revanche, au contraire, par contre, tandis que, alors que, bien que, quoique,
        malgré, d'une part, d'autre part, car, parce que, puisque, comme, donc, ainsi, alors,
        par conséquent, en conséquence, c'est pourquoi, de sorte que, si bien que, grâce à,
        à cause de, afin de, afin que, pour que, si, lorsque, quand, dès que, avant que,
        après que, depuis que, pendant que, d'abord, tout d'abord, premièrement,
        deuxièmement, troisièmement, puis, enfin, finalement, en même temps, entre-temps,
        pendant ce temps, par exemple, notamment, en particulier, surtout, c'est-à-dire,
        autrement dit, en d'autres termes, en effet, en fait, bien sûr, évidemment,
        en conclusion, en résumé, bref, pour conclure, en somme, en définitive, globalement,
        en général
    """),
    "es": _entries("""
        además, también, asimismo, igualmente, incluso, de igual modo, de la misma manera,
        no solo, pero, sin embargo, no obstante, aunque, mientras que, mientras, en cambio,
        por el contrario, al contrario, a pesar de, aun así, por otro lado, por otra parte,
        por un lado, sino, porque, pues, ya que, puesto que, dado que, debido a, por eso,
        por lo tanto, por tanto, así que, así, por consiguiente, en consecuencia, de modo que,
        de manera que, para que, con el fin de, si, cuando, siempre que, antes de, después de,
        entonces, luego, primero, segundo, tercero, en primer lugar, en segundo lugar,
        finalmente, por último, después, antes, a continuación, posteriormente,
        anteriormente, mientras tanto, al mismo tiempo, por ejemplo, es decir, o sea,
        en particular, sobre todo, especialmente, de hecho, en realidad, en efecto,
        por supuesto, en resumen, en conclusión, para concluir, en definitiva, en fin,
        en general, en cuanto a, con respecto a
    """),
    "pt": _entries("""
        além disso, também, ainda, igualmente, da mesma forma, não só, mas, porém, contudo,
        todavia, entretanto, no entanto, embora, enquanto, apesar de, por outro lado,
        ao contrário, pelo contrário, porque, pois, já que, visto que, uma vez que, devido a,
        portanto, por isso, assim, logo, então, consequentemente, por conseguinte,
        de modo que, para que, se, quando, primeiro, primeiramente, em primeiro lugar,
        em segundo lugar, depois, em seguida, finalmente, por fim, enfim, antes, ao mesmo tempo,
        por exemplo, isto é, ou seja, especialmente, principalmente, sobretudo,
        em particular, de fato, na verdade, com certeza, em resumo, em conclusão, em suma,
        em geral
    """),
    "nl": _entries("""
        ook, bovendien, daarnaast, verder, tevens, eveneens, evenzo, niet alleen, zowel,
        maar, echter, toch, desondanks, daarentegen, integendeel, hoewel, ofschoon, terwijl,
        aan de andere kant, enerzijds, anderzijds, in plaats van, in tegenstelling tot,
        omdat, want, doordat, aangezien, daarom, dus, daardoor, derhalve, zodoende, vandaar,
        zodat, als gevolg van, om die reden, als, indien, wanneer, mits, tenzij, eerst,
        allereerst, ten eerste, ten tweede, ten derde, vervolgens, daarna, daarop,
        ten slotte, tenslotte, uiteindelijk, eindelijk, intussen, ondertussen, tegelijkertijd,
        sindsdien, bijvoorbeeld, zoals, namelijk, vooral, met name, in het bijzonder,
        met andere woorden, dat wil zeggen, in feite, eigenlijk, immers, natuurlijk,
        kortom, samenvattend, concluderend, tot slot, al met al, over het algemeen
    """),
    "it": _entries("""
        inoltre, anche, pure, altresì, allo stesso modo, non solo, ma, però, tuttavia,
        comunque, invece, eppure, nonostante, sebbene, benché, anche se, mentre,
        d'altra parte, al contrario, a differenza di, perché, poiché, siccome, dato che,
        visto che, quindi, dunque, perciò, pertanto, di conseguenza, così, allora,
        grazie a, a causa di, affinché, in modo che, se, quando, prima, innanzitutto,
        anzitutto, in primo luogo, in secondo luogo, poi, dopo, successivamente, infine,
        alla fine, finalmente, intanto, nel frattempo, contemporaneamente, per esempio,
        ad esempio, cioè, ovvero, ossia, in particolare, soprattutto, infatti, in effetti,
        naturalmente, in conclusione, in sintesi, insomma, in breve, in generale
    """),
}
