package shop.atp.input;

import shop.atp.domain.Policy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The policy's sales channels as an export may write them: matched ignoring case, read from
 * the chars of the cell so that no String is made for it.
 */
final class ChannelNames {

    private final Map<String, String> byWord = new HashMap<>();
    private final String[] words;
    private final String[] channels;
    private final String defaultChannel;
    private final String listed;

    ChannelNames(Policy policy) {
        for (String channel : policy.channelNames()) {
            byWord.put(channel.toLowerCase(Locale.ROOT), channel);
        }
        // the platforms' own words: a channel's name wins over another's word
        for (String channel : policy.channelNames()) {
            for (String word : policy.rules().channel(channel).names()) {
                byWord.putIfAbsent(word.toLowerCase(Locale.ROOT), channel);
            }
        }
        words = byWord.keySet().toArray(new String[0]);
        channels = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            channels[i] = byWord.get(words[i]);
        }
        defaultChannel = policy.defaultChannel();
        listed = policy.channelsListed();
    }

    /** The channel of a blank or absent cell. */
    String defaultChannel() {
        return defaultChannel;
    }

    /** The channels as problems list them. */
    String listed() {
        return listed;
    }

    /** The channel written as {@code b[from, to)}, or null when the policy has no such channel. */
    String find(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= 0x80) {
                return byWord.get(new String(b, from, to - from).toLowerCase(Locale.ROOT));
            }
        }
        for (int w = 0; w < words.length; w++) {
            if (equalsLowerCase(words[w], b, from, to)) {
                return channels[w];
            }
        }
        return null;
    }

    /** text.toLowerCase(Locale.ROOT).equals(word) for ASCII text, char by char. */
    private static boolean equalsLowerCase(String word, char[] b, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (word.charAt(i - from) != c) {
                return false;
            }
        }
        return true;
    }
}
