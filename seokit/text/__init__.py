"""Text units shared by the analyzers: words, sentences, scripts, syllables."""
