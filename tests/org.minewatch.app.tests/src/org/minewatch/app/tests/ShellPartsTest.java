package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.app.parts.StatusLine;
import org.minewatch.tests.driver.UiDriver;

/** The shell's parts, created by e4 dependency injection on real SWT widgets. */
class ShellPartsTest {

	private UiDriver ui;
	private Shell shell;
	private IEclipseContext context;

	@BeforeEach
	void openShell() {
		ui = new UiDriver(Display.getDefault());
		shell = new Shell(ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(600, 400);
		context = EclipseContextFactory.create("test");
		context.set(Composite.class, shell);
	}

	@AfterEach
	void closeShell() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void theStatusLineShowsARunningJobAndCancelsIt() throws Exception {
		ContextInjectionFactory.make(StatusLine.class, context);
		shell.open();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch canceling = new CountDownLatch(1);
		AtomicBoolean sawCancel = new AtomicBoolean();
		Job job = new Job("Loading the mines of a county") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				started.countDown();
				try {
					canceling.await(10, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				sawCancel.set(monitor.isCanceled());
				return Status.CANCEL_STATUS;
			}

			@Override
			protected void canceling() {
				canceling.countDown();
			}
		};
		job.schedule();
		assertTrue(started.await(10, TimeUnit.SECONDS));
		Label task = ui.byKey(shell, WidgetKeys.STATUS_TASK, Label.class);
		ui.waitUntil(() -> task.isVisible() && task.getText().equals("Loading the mines of a county"), () -> "the job's name in the status line");

		ui.click(ui.byKey(shell, WidgetKeys.STATUS_CANCEL, Button.class));

		assertTrue(job.join(10_000, null), "the job ended");
		assertTrue(sawCancel.get(), "the job saw the cancel");
		ui.waitUntil(() -> !task.isVisible(), () -> "the progress hidden when no job runs");
	}
}
