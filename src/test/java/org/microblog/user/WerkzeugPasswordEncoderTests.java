package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test vectors were made with Werkzeug 3.1.8 under Python 3: the "real" ones by
 * {@code generate_password_hash(password, method)} (random salts), the others with a fixed
 * salt through Werkzeug's own {@code _hash_internal(method, salt, password)}; every one
 * was checked with {@code check_password_hash}, which accepts it with its password and
 * refuses it with the password plus "x".
 */
class WerkzeugPasswordEncoderTests {

    private static final String NON_ASCII = "pässwörd ☃";

    /** {@code generate_password_hash("cat")}: Werkzeug 3's default, scrypt:32768:8:1. */
    private static final String SCRYPT_DEFAULT_CAT = "scrypt:32768:8:1$dmwRlJ6GQHMdKrrG$"
            + "49f90fad387200ef759c3c08a0f6d378bd2fb6aefd1a09c90a7eb39ff4e3723d"
            + "4ceede194f45ed4e53df72281dc73bf58d08ed9d3eb2b078328a3e134dde9051";
    /** {@code generate_password_hash("cat", method="pbkdf2")} in Werkzeug 3.1. */
    private static final String PBKDF2_DEFAULT_CAT = "pbkdf2:sha256:1000000$NalwiFrT0ZQLz99s$"
            + "4d07862a25b2a3ff4284db02312bf629d845c8388f6ae28ed2bd6b0e8627a5f5";
    private static final String PBKDF2_SHA256_1000_CAT = "pbkdf2:sha256:1000$abcdefghijklmnop$"
            + "3d3a95e236eb136056a228393e0b734356d6c236c38e68c7ca1755dc153cbcf4";

    private final WerkzeugPasswordEncoder encoder = new WerkzeugPasswordEncoder();

    @Test
    void acceptsWerkzeugScryptHash() {
        assertThat(encoder.matches("cat", SCRYPT_DEFAULT_CAT)).isTrue();
    }

    @Test
    void acceptsWerkzeugPbkdf2Sha256Hash() {
        assertThat(encoder.matches("cat", PBKDF2_DEFAULT_CAT)).isTrue();
        assertThat(encoder.matches("cat", PBKDF2_SHA256_1000_CAT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pbkdf2:sha1:1000$IC9m19HPCzJd6Ghx$4258e2ba9c7b75dfa3f3e0b06cae71f8c9b7f6ed",
            "pbkdf2:sha224:1000$YAljITukU7I8TcmW$305c0d1a2f309b70ef4df5cbd010ca93384d9d3a58019e766321a275",
            "pbkdf2:sha384:1000$zXK8S9WTHRm0LMpl$3e2d4aa3dc959f3776f286f9a2ab3abd9d02f5ab853bc5ef"
                    + "19265616d22106c75bd4ff1a095cd5071079bb43deb3adb4",
            "pbkdf2:sha512:1000$1FdHaquZU1NSulaO$d0645c937e81c5a16a0a73340cf365f594570fb42ad1485d0c4f792715c7380a"
                    + "ed84ebd80228cbdd32b794243b20c230ef68bd95700fbcd3d9c0d4ee97b51936" })
    void acceptsWerkzeugPbkdf2HashesWithOtherShaFunctions(String hash) {
        assertThat(encoder.matches("cat", hash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pbkdf2:sha256:600000$ryOuzsDVgCCMGnWB$8a030b3aa1ae1976033cdb0a464418afadb15dae7033cbffe03fb692b6ba2525",
            "scrypt:32768:8:1$kBeCsmTTFJkEpKjG$a18e9d93ee3f8131c03b135771991989794f386e09724a4c9b07098190e64c79"
                    + "ac01daacb6cd0c60eda10844227fbed9c73154703bbd340db70f5203358f25c8",
            "scrypt:1024:8:1$abcdefghijklmnop$6d5812c2aed2ff48b055147c3fc532e941aa70a18e9448f45e5f1286ffad5492"
                    + "721dae923665c14d6749bc79afa65dde8109f2e647961fe974d3513a9b01a5cf" })
    void acceptsNonAsciiPasswordEncodedAsUtf8(String hash) {
        assertThat(encoder.matches(NON_ASCII, hash)).isTrue();
        assertThat(encoder.matches("passwort ?", hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pbkdf2:sha256$abcdefghijklmnop$03549858543d1a1330c0f6e44beaa2542ef8297c07a292a4831d2c589525bd09",
            "pbkdf2$abcdefghijklmnop$03549858543d1a1330c0f6e44beaa2542ef8297c07a292a4831d2c589525bd09",
            "scrypt$abcdefghijklmnop$f7d55d9132b0f875bf2fb66b14881b3c31f6c2d1c08153002301c5555da3903e"
                    + "533bcc82c243fbbcc67d1c8c27b6831cc503df40c8b752adf6073f1c8e26b134" })
    void acceptsHashesWithoutParametersUsingWerkzeug31Defaults(String hash) {
        assertThat(encoder.matches("cat", hash)).isTrue();
    }

    @Test
    void acceptsEmptyPassword() {
        assertThat(encoder.matches("", "pbkdf2:sha256:1000$abcdefghijklmnop$"
                + "505a9fb27ca34d86cbd3808c9d10783af7be0b62f852a29e48c71acadfafe978")).isTrue();
        assertThat(encoder.matches("", "scrypt:1024:8:1$abcdefghijklmnop$"
                + "e45fb3299a685171cb443500ec1e7ea5515ac61170b5da07091093d03e7b2db1"
                + "e8c75740cfd9b367cbba20aa5b1d0e7f9e3bcb5319ac2593a3c97e0655e7f3c6")).isTrue();
    }

    @Test
    void usesSaltAsUtf8TextIncludingEmptyAndNonAsciiSalts() {
        assertThat(encoder.matches("cat", "pbkdf2:sha256:1000$$"
                + "70587bc3cb4f968ee980c86de49782f72e525115e5640942f36d5243cc8bb3e8")).isTrue();
        assertThat(encoder.matches("cat", "pbkdf2:sha256:1000$sälz☃$"
                + "afa8477e5a0d939247ee88be284038ea696181e8ede3789cd651c060d4a390a5")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Cat", "cat ", " cat", "dog" })
    void rejectsWrongPassword(String wrong) {
        assertThat(encoder.matches(wrong, PBKDF2_SHA256_1000_CAT)).isFalse();
        assertThat(encoder.matches(wrong, SCRYPT_DEFAULT_CAT)).isFalse();
    }

    @Test
    void rejectsNullPasswordOrHash() {
        assertThat(encoder.matches(null, PBKDF2_SHA256_1000_CAT)).isFalse();
        assertThat(encoder.matches("cat", null)).isFalse();
    }

    @Test
    void rejectsPasswordThatIsNotValidUnicode() {
        assertThat(encoder.matches("cat\uD800", PBKDF2_SHA256_1000_CAT)).isFalse();
    }

    static Stream<String> malformedHashes() {
        String digest = "3d3a95e236eb136056a228393e0b734356d6c236c38e68c7ca1755dc153cbcf4";
        return Stream.of(
                "",
                "cat",
                "$$",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "{bcrypt}$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "pbkdf2:sha256:1000$abcdefghijklmnop",
                "pbkdf2:sha256:1000$abcdefghijklmnop$",
                "pbkdf2:sha256:1000$abcdefghijklmnop$" + digest.substring(2),
                "pbkdf2:sha256:1000$abcdefghijklmnop$" + digest + "00",
                "pbkdf2:sha256:1000$abcdefghijklmnop$" + digest.toUpperCase(),
                "pbkdf2:sha256:1000$abcdefghijklmnop$" + digest.replace('f', 'g'),
                "pbkdf2:sha256:1000$abcdefghijklmnop$" + digest + "$",
                "pbkdf2:sha256:1000:1$abcdefghijklmnop$" + digest,
                "pbkdf2:sha256:+1000$abcdefghijklmnop$" + digest,
                "pbkdf2:sha256:0$abcdefghijklmnop$" + digest,
                "pbkdf2:sha256:-1$abcdefghijklmnop$" + digest,
                "pbkdf2:sha256:1e3$abcdefghijklmnop$" + digest,
                "pbkdf2:sha256:$abcdefghijklmnop$" + digest,
                "pbkdf2:md5:1000$abcdefghijklmnop$" + digest.substring(32),
                "pbkdf2:SHA256:1000$abcdefghijklmnop$" + digest,
                "PBKDF2:sha256:1000$abcdefghijklmnop$" + digest,
                "sha256$abcdefghijklmnop$" + digest,
                "plain$$cat",
                "scrypt:32768:8$abcdefghijklmnop$" + digest + digest,
                "scrypt:1000:8:1$abcdefghijklmnop$" + digest + digest,
                "scrypt:1:8:1$abcdefghijklmnop$" + digest + digest,
                "scrypt:32768:0:1$abcdefghijklmnop$" + digest + digest,
                "scrypt:32768:8:0$abcdefghijklmnop$" + digest + digest);
    }

    @ParameterizedTest
    @MethodSource("malformedHashes")
    void rejectsMalformedHash(String hash) {
        assertThat(encoder.matches("cat", hash)).isFalse();
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pbkdf2:sha256:999999999$abcdefghijklmnop$3d3a95e236eb136056a228393e0b734356d6c236c38e68c7ca1755dc153cbcf4",
            "pbkdf2:sha512:10000001$abcdefghijklmnop$3d3a95e236eb136056a228393e0b734356d6c236c38e68c7ca1755dc153cbcf4"
                    + "3d3a95e236eb136056a228393e0b734356d6c236c38e68c7ca1755dc153cbcf4" })
    @Timeout(5)
    void rejectsAbsurdIterationCounts(String hash) {
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(hash)).isTrue();
        assertThat(encoder.matches("cat", hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2097152:8:1", "1048576:8:1", "262144:8:1", "32768:1024:1", "32768:8:64",
            "2:1:999999999", "2:999999999:1", "536870912:1:1" })
    @Timeout(5)
    void rejectsAbsurdScryptParameters(String parameters) {
        String hash = "scrypt:" + parameters + "$abcdefghijklmnop$" + "ab".repeat(64);
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(hash)).isTrue();
        assertThat(encoder.matches("cat", hash)).isFalse();
    }

    @Test
    void rejectsScryptParametersThatScryptItselfRefuses() {
        // RFC 7914 requires n < 2^(16 r); OpenSSL, and so Werkzeug, refuse this too.
        String hash = "scrypt:65536:1:1$abcdefghijklmnop$" + "ab".repeat(64);
        assertThat(encoder.matches("cat", hash)).isFalse();
    }

    @Test
    void neverEncodes() {
        assertThatThrownBy(() -> encoder.encode("cat"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("bcrypt");
    }

    @Test
    void alwaysAsksForUpgradeToBcrypt() {
        assertThat(encoder.upgradeEncoding(SCRYPT_DEFAULT_CAT)).isTrue();
        assertThat(encoder.upgradeEncoding(PBKDF2_DEFAULT_CAT)).isTrue();
    }

    @Test
    void recognisesWerkzeugHashes() {
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(SCRYPT_DEFAULT_CAT)).isTrue();
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(PBKDF2_DEFAULT_CAT)).isTrue();
        assertThat(WerkzeugPasswordEncoder.isWerkzeugHash(null)).isFalse();
    }
}
