package dev.lectern.command;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.doc.ScreenText;

/** Jazzer on a line typed at the : prompt (see DocumentFuzzTest for how to run). */
class CommandLineFuzzTest {
    private static final CommandSet COMMANDS = ReaderCommands.standard();
    private static CommandSetTest.FakeReader reader;

    @FuzzTest(maxDuration = "1m")
    void commandLine(FuzzedDataProvider data) throws Exception {
        String line = data.consumeRemainingAsString();
        if (reader == null) {
            reader = new CommandSetTest.FakeReader();
        }
        try {
            String message = COMMANDS.run(line, reader);
            if (message != null) {
                ScreenText.assertSafe("message", message, false);
            }
        } catch (CommandException refused) {
            ScreenText.assertSafeMessage("refusal", refused.getMessage());
        }
        COMMANDS.complete(line, reader);
    }
}
