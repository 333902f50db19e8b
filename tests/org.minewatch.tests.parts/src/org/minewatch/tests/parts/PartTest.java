package org.minewatch.tests.parts;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.tests.driver.UiDriver;

/**
 * A part under test: created by e4 dependency injection in a shell of its own, with the registry over a
 * real store holding the demo data (one per test class) in its context.
 */
public abstract class PartTest {

	@TempDir
	protected static Path temp;
	protected static PartFixture fixture;
	protected UiDriver ui;
	protected Shell shell;
	protected IEclipseContext context;

	@BeforeAll
	public static void seed() {
		fixture = new PartFixture(temp);
	}

	@AfterAll
	public static void close() {
		fixture.close();
	}

	@BeforeEach
	public void openShell() {
		ui = new UiDriver(Display.getDefault());
		shell = new Shell(ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 900);
		context = fixture.context();
		context.set(Composite.class, shell);
		context.set(MApplication.class, MApplicationFactory.INSTANCE.createApplication());
	}

	@AfterEach
	public void closeShell() {
		context.dispose();
		shell.dispose();
		// not one store call on the UI thread, whatever the part did with the refusal
		org.junit.jupiter.api.Assertions.assertEquals(List.of(), fixture.storeCallsOnUiThread(), "store calls on the UI thread");
	}

	/** How a workbench service answers a call: by method name. */
	@FunctionalInterface
	protected interface Answer {
		Object answer(String method, Object[] args);
	}

	/** A workbench service that answers only what the part asks of it. */
	protected static <T> T service(Class<T> type, Answer answer) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return method.getName().equals("equals") ? p == args[0] : method.getName().equals("hashCode") ? System.identityHashCode(p) : type.getName();
			}
			return answer.answer(method.getName(), args);
		}));
	}
}
