package io.kmipserver.certs.cli;

import io.kmipserver.certs.KeySpec;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --key ec-p256|rsa-2048|rsa-3072} to a {@link KeySpec}; also the completion candidates. */
final class KeySpecConverter implements ITypeConverter<KeySpec>, Iterable<String> {

    @Override
    public KeySpec convert(String value) {
        try {
            return KeySpec.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(KeySpec.values()).map(KeySpec::cliName).iterator();
    }
}
