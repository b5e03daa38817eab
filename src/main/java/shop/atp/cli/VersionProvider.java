package shop.atp.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, read from the jar only when --version asks for it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/atp-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[]{"atp " + p.getProperty("version", "unknown")};
    }
}
