package dev.lectern.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import net.jqwik.api.Example;
import dev.lectern.doc.HostileText;
import dev.lectern.doc.ScreenText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is typed at the : prompt, it runs or is refused with one line safe to show; completion never fails. */
class CommandLinePropertiesTest {
    private static final CommandSet COMMANDS = ReaderCommands.standard();

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(COMMANDS.names()), HostileText.text(3));
        return net.jqwik.api.Combinators.combine(name, Arbitraries.of(" ", "  ", "\t", ""), HostileText.text(10))
                .as((command, space, arguments) -> command + space + arguments);
    }

    /** Found by the property below: completing a file name with a NUL in its directory threw. */
    @net.jqwik.api.Example
    void aNulInAFileNameBeingCompletedOffersNothing() throws Exception {
        org.assertj.core.api.Assertions.assertThat(
                COMMANDS.complete("open \u001b]8;;http:/\u0000x/", new CommandSetTest.FakeReader())).isEmpty();
    }

    @Property(tries = 300)
    void anyLineRunsOrIsRefusedClearly(@ForAll("lines") String line) throws Exception {
        CommandSetTest.FakeReader reader = new CommandSetTest.FakeReader();
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

    /** Found by the property above: a NUL in a file name threw InvalidPathException out of the command line. */
    @Example
    void openingANameThePathCannotHoldIsRefusedClearly() throws Exception {
        assertThatThrownBy(() -> COMMANDS.run("open a\u0000b", new CommandSetTest.FakeReader()))
                .isInstanceOf(CommandException.class).hasMessageStartingWith("Not a file name: a^@b");
    }
}
