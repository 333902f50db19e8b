package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.minewatch.desk.ShellContract;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;

/**
 * The status line at the bottom of the main window: a message any bundle posts as a String on
 * {@link #TOPIC_MESSAGE} through the IEventBroker, and, while background jobs that are not system
 * jobs run (loading, saving, searching), their name, a progress bar and a button that cancels the
 * latest of them.
 */
public class StatusLine {

	public static final String TOPIC_MESSAGE = ShellContract.STATUS_TOPIC;

	private Label message;
	private Composite progress;
	private Label task;
	private final List<Job> running = new CopyOnWriteArrayList<>();
	private final JobChangeAdapter jobs = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			if (!event.getJob().isSystem()) {
				running.add(event.getJob());
				refresh();
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (running.remove(event.getJob())) {
				refresh();
			}
		}
	};

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 3).applyTo(parent);
		message = name(new Label(parent, SWT.NONE), WidgetKeys.STATUS_MESSAGE);
		message.setText(Messages.status_ready);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message);

		progress = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(progress);
		// always laid out, only shown while jobs run: the status line keeps its height, so the window needs no new layout
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(progress);
		progress.setVisible(false);
		task = name(new Label(progress, SWT.NONE), WidgetKeys.STATUS_TASK);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(task);
		ProgressBar bar = new ProgressBar(progress, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(bar);
		Button cancel = name(new Button(progress, SWT.PUSH), WidgetKeys.STATUS_CANCEL);
		cancel.setText(Messages.status_cancel);
		cancel.addListener(SWT.Selection, e -> {
			if (!running.isEmpty()) {
				running.get(running.size() - 1).cancel();
			}
		});
		Job.getJobManager().addJobChangeListener(jobs);
	}

	@PreDestroy
	void dispose() {
		Job.getJobManager().removeJobChangeListener(jobs);
	}

	private void refresh() {
		if (progress == null || progress.isDisposed()) {
			return;
		}
		progress.getDisplay().asyncExec(() -> {
			if (progress.isDisposed()) {
				return;
			}
			boolean busy = !running.isEmpty();
			if (busy) {
				Job latest = running.get(running.size() - 1);
				task.setText(running.size() == 1 ? latest.getName() : NLS.bind(Messages.status_tasks, latest.getName(), running.size() - 1));
			}
			progress.setVisible(busy);
			progress.layout(true);
		});
	}

	@Inject
	@Optional
	void show(@UIEventTopic(TOPIC_MESSAGE) String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text == null || text.isBlank() ? Messages.status_ready : text);
			message.getParent().layout(true, true);
		}
	}
}
