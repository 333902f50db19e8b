package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.StoreException;
import org.minewatch.demo.DemoSeeder;

/** People's accounts on a real Derby network server: rules, lockout, disable, enable, reset, list, the audit chain. */
class AccountsTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
	private static final String OWNER_PASSWORD = "owner-secret-1";

	@TempDir
	Path temp;

	@Test
	void passwordRulesRefuseWeakPasswordsInEnglishAndChinese() {
		StoreException shortOne = assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG", "ab-12"));
		assertEquals("store.account.passwordShort", shortOne.code());
		assertTrue(shortOne.getMessage().contains("at least 10 characters, and has 5"), shortOne.getMessage());
		StoreException plain = assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG", "onlyletterslong"));
		assertEquals("store.account.passwordPlain", plain.code());
		assertEquals("store.account.passwordPlain", assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG", "12345678901")).code());
		assertEquals("store.account.passwordIsName", assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG_2024X", "wang_2024x")).code());
		Accounts.checkPassword("WANG", "wang-secret"); // letters and others, 11 characters
		Accounts.checkPassword("WANG", "mine2021safety");
		assertEquals("store.account.badName", assertThrows(StoreException.class, () -> Accounts.accountName("9lives")).code());
		assertEquals("store.account.reservedName", assertThrows(StoreException.class, () -> Accounts.accountName("mw_signin")).code());
		assertEquals("WANG", Accounts.accountName("wang"));
		Locale locale = Locale.getDefault();
		try {
			Locale.setDefault(Locale.CHINA);
			StoreException chinese = assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG", "short"));
			assertEquals("store.account.passwordShort", chinese.code());
			assertTrue(chinese.getMessage().contains("\u5bc6\u7801\u592a\u77ed"), chinese.getMessage()); // 密码太短
		} finally {
			Locale.setDefault(locale);
		}
	}

	@Test
	void lockoutDisableEnableResetAndListOnTheNetworkServer() throws Exception {
		int port = freePort();
		try (NetworkServer server = NetworkServer.start(temp.resolve("server"), LOOPBACK, port, "dbo", OWNER_PASSWORD, new PrintWriter(new StringWriter()))) {
			String url = server.url();
			Administration admin = Administration.of(url, "dbo", OWNER_PASSWORD);
			admin.migrate();
			try (JdbcStore asDbo = JdbcStore.connect(url, "dbo", OWNER_PASSWORD, TestStores.reference(), TestStores.CLOCK)) {
				DemoSeeder.seed(asDbo, TestStores.reference());
			}
			try (Connection c = Database.client(url, "dbo", OWNER_PASSWORD).open(); Statement st = c.createStatement();
					ResultSet r = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + Accounts.PASSWORD_LIFETIME + "')")) {
				assertTrue(r.next());
				assertEquals("0", r.getString(1), "people's passwords do not expire after Derby's 31 days");
				c.commit();
			}
			String personId;
			String personName;
			try (Connection c = Database.client(url, "dbo", OWNER_PASSWORD).open(); Statement st = c.createStatement();
					ResultSet r = st.executeQuery("SELECT id, name FROM mw_person ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
				assertTrue(r.next(), "the demo data has people");
				personId = r.getString(1);
				personName = r.getString(2);
				c.commit();
			}

			// weak passwords and unknown people are refused, nothing added
			assertEquals("store.account.passwordShort",
					assertThrows(StoreException.class, () -> admin.addAccount(Administration.ADMINISTRATOR, "wang", "wang-1", null)).code());
			assertEquals("store.account.noPerson",
					assertThrows(StoreException.class, () -> admin.addAccount(Administration.ADMINISTRATOR, "wang", "wang-secret-1", "no-such-person")).code());
			assertEquals(List.of(), admin.accounts(), "a refused add adds nothing");
			assertThrows(StoreException.class, () -> JdbcStore.connect(url, "wang", "wang-secret-1", TestStores.reference(), TestStores.CLOCK),
					"no Derby account was made by a refused add either");

			long entriesBefore = head(url);
			admin.addAccount(Administration.ADMINISTRATOR, "wang", "wang-secret-1", personId);
			admin.addAccount("li", "li-secret-22");
			assertEquals("store.account.personHasAccount",
					assertThrows(StoreException.class, () -> admin.addAccount(Administration.ADMINISTRATOR, "zhao", "zhao-secret-3", personId)).code());
			assertEquals("store.account.exists", assertThrows(StoreException.class, () -> admin.addAccount("Wang", "wang-secret-9")).code());

			Accounts.Account wang = account(admin, "WANG");
			assertEquals(Accounts.State.ACTIVE, wang.state());
			assertEquals(personId, wang.personId(), "the account is linked to its person");
			assertEquals(personName, wang.personName());
			assertNull(wang.lastSignIn(), "never signed in");
			assertNull(account(admin, "LI").personId());

			// a sign-in is logged; the account's person reads and writes as before
			signIn(url, "wang", "wang-secret-1");
			assertNotNull(account(admin, "WANG").lastSignIn());

			// wrong passwords are counted; a right one in between starts the count again
			for (int i = 0; i < 3; i++) {
				assertRefused("store.connect.refused", url, "wang", "not-the-password");
			}
			assertEquals(3, account(admin, "WANG").failedSignIns());
			signIn(url, "wang", "wang-secret-1");
			assertEquals(0, account(admin, "WANG").failedSignIns());

			// nobody signs in for another: the log's own account is the only one whose count a sign-in clears
			assertRefused("store.connect.refused", url, "wang", "not-the-password");
			try (Connection asLi = Database.client(url, "li", "li-secret-22").open();
					PreparedStatement log = asLi.prepareStatement("INSERT INTO mw_sign_in (username, attempted_at, outcome) VALUES ('WANG', ?, 'SIGNED_IN')")) {
				log.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
				log.executeUpdate();
				asLi.commit();
			}
			assertEquals(1, account(admin, "WANG").failedSignIns(), "li's row for wang cleared nothing");
			try (Connection asLi = Database.client(url, "li", "li-secret-22").open(); Statement st = asLi.createStatement()) {
				SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE mw_account SET state = 'ACTIVE'"));
				assertEquals("42502", refused.getSQLState(), "a person cannot write account states: " + refused.getMessage());
				asLi.rollback();
			}

			// five wrong passwords in a row lock the account; the right one is then refused too, saying so
			for (int i = 0; i < 4; i++) {
				assertRefused("store.connect.refused", url, "wang", "not-the-password");
			}
			Accounts.Account locked = account(admin, "WANG");
			assertEquals(Accounts.State.LOCKED, locked.state());
			assertEquals(5, locked.failedSignIns());
			StoreException stillLocked = assertRefused("store.account.locked", url, "wang", "wang-secret-1");
			assertTrue(stillLocked.getMessage().contains("locked after 5 wrong passwords"), stillLocked.getMessage());
			Locale locale = Locale.getDefault();
			try {
				Locale.setDefault(Locale.CHINA);
				StoreException chinese = assertRefused("store.account.locked", url, "wang", "wang-secret-1");
				assertTrue(chinese.getMessage().contains("\u9501\u5b9a"), chinese.getMessage()); // 锁定
			} finally {
				Locale.setDefault(locale);
			}
			assertEquals(Accounts.State.LOCKED, account(admin, "WANG").state(), "a locked account stays locked");

			// enable unlocks
			admin.enableAccount(Administration.ADMINISTRATOR, "wang");
			assertEquals(Accounts.State.ACTIVE, account(admin, "WANG").state());
			assertEquals(0, account(admin, "WANG").failedSignIns());
			signIn(url, "wang", "wang-secret-1");

			// disable refuses, with words that say so
			admin.disableAccount(Administration.ADMINISTRATOR, "li");
			StoreException disabled = assertRefused("store.account.disabled", url, "li", "li-secret-22");
			assertTrue(disabled.getMessage().contains("LI is disabled"), disabled.getMessage());
			try {
				Locale.setDefault(Locale.CHINA);
				StoreException chinese = assertRefused("store.account.disabled", url, "li", "li-secret-22");
				assertTrue(chinese.getMessage().contains("\u5df2\u505c\u7528"), chinese.getMessage()); // 已停用
			} finally {
				Locale.setDefault(locale);
			}
			assertEquals(Accounts.State.DISABLED, account(admin, "LI").state());

			// reset: a weak password is refused, a good one set, the account active, the old password gone
			assertEquals("store.account.passwordPlain",
					assertThrows(StoreException.class, () -> admin.resetAccount(Administration.ADMINISTRATOR, "li", "abcdefghijkl")).code());
			assertEquals(Accounts.State.DISABLED, account(admin, "LI").state(), "a refused reset changes nothing");
			admin.resetAccount(Administration.ADMINISTRATOR, "li", "li-new-secret-7");
			assertEquals(Accounts.State.ACTIVE, account(admin, "LI").state());
			assertRefused("store.connect.refused", url, "li", "li-secret-22");
			signIn(url, "li", "li-new-secret-7");
			assertEquals("store.account.unknown",
					assertThrows(StoreException.class, () -> admin.disableAccount(Administration.ADMINISTRATOR, "nobody")).code());

			// a person's own change of password, with the rules
			assertEquals("store.account.passwordShort",
					assertThrows(StoreException.class, () -> JdbcStore.changePassword(url, "li", "li-new-secret-7", "short", TestStores.CLOCK)).code());
			JdbcStore.changePassword(url, "li", "li-new-secret-7", "li-own-choice-8", TestStores.CLOCK);
			signIn(url, "li", "li-own-choice-8");

			// list shows every state
			List<String> states = new ArrayList<>();
			admin.accounts().forEach(a -> states.add(a.name() + " " + a.state()));
			assertEquals(List.of("LI ACTIVE", "WANG ACTIVE"), states);
			admin.disableAccount(Administration.ADMINISTRATOR, "wang");
			assertEquals(Accounts.State.DISABLED, account(admin, "WANG").state());

			// every account change and every refused sign-in is in the audit chain, which verifies
			List<String> entries = accountEntries(url);
			assertEquals(List.of("account WANG: account added; person " + personId, "account LI: account added",
					"account WANG: sign-in refused: account locked", "account WANG: sign-in refused: account locked", "account WANG: account enabled",
					"account LI: account disabled", "account LI: sign-in refused: account disabled", "account LI: sign-in refused: account disabled",
					"account LI: password reset; account active", "account LI: password changed by its holder", "account WANG: account disabled"),
					entries);
			assertTrue(head(url) > entriesBefore);
			try (JdbcStore asDbo = JdbcStore.connect(url, "dbo", OWNER_PASSWORD, TestStores.reference(), TestStores.CLOCK)) {
				assertEquals(List.of(), asDbo.verify(null).problems(), "account entries keep the chain intact");
			}
			assertFalse(String.join("\n", entries).contains("secret"), "no password in the chain");
		}
	}

	private static void signIn(String url, String user, String password) {
		try (JdbcStore store = JdbcStore.connect(url, user, password, TestStores.reference(), TestStores.CLOCK)) {
			assertTrue(store.head().sequence() >= 0);
		}
	}

	private static StoreException assertRefused(String code, String url, String user, String password) {
		StoreException refused = assertThrows(StoreException.class, () -> JdbcStore.connect(url, user, password, TestStores.reference(), TestStores.CLOCK));
		assertEquals(code, refused.code(), refused.getMessage());
		return refused;
	}

	private static Accounts.Account account(Administration admin, String name) {
		return admin.accounts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
	}

	private static long head(String url) throws SQLException {
		try (Connection c = Database.client(url, "dbo", OWNER_PASSWORD).open()) {
			long seq = AuditChain.head(c).sequence();
			c.commit();
			return seq;
		}
	}

	private static List<String> accountEntries(String url) throws SQLException {
		List<String> entries = new ArrayList<>();
		try (Connection c = Database.client(url, "dbo", OWNER_PASSWORD).open(); Statement st = c.createStatement();
				ResultSet r = st.executeQuery("SELECT after_document FROM mw_audit WHERE action = 'ACCOUNT' ORDER BY seq")) {
			while (r.next()) {
				entries.add(AuditChain.text(r.getClob(1)));
			}
			c.commit();
		}
		return entries;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			return socket.getLocalPort();
		}
	}
}
