package dev.lectern.command;

/** The value of {@code set wrap}: a width from 20 to 1000 columns, or auto (0). */
public final class WrapWidth {
    public static final int AUTO = 0;

    private WrapWidth() {
    }

    public static int parse(String value) throws CommandException {
        if (value.equals("auto")) {
            return AUTO;
        }
        try {
            int columns = Integer.parseInt(value);
            if (columns >= 20 && columns <= 1000) {
                return columns;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new CommandException("wrap is a width from 20 to 1000 columns, or auto.");
    }
}
