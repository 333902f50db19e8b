/**
 */
package org.minewatch.model.inspection.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.minewatch.model.base.provider.LegalRecordItemProvider;

import org.minewatch.model.edit.provider.MinewatchEditPlugin;

import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionPackage;

/**
 * This is the item provider adapter for a {@link org.minewatch.model.inspection.Inspection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InspectionItemProvider extends LegalRecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addMinePropertyDescriptor(object);
			addTemplatePropertyDescriptor(object);
			addCampaignPropertyDescriptor(object);
			addRoundPropertyDescriptor(object);
			addRedoOfPropertyDescriptor(object);
			addPlannedStartPropertyDescriptor(object);
			addPlannedEndPropertyDescriptor(object);
			addStartedAtPropertyDescriptor(object);
			addCompletedAtPropertyDescriptor(object);
			addSignedOffByPropertyDescriptor(object);
			addSignedOffAtPropertyDescriptor(object);
			addRejectionReasonPropertyDescriptor(object);
			addBeforeResumptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_kind_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_status_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mine feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_mine_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_mine_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__MINE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_template_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_template_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__TEMPLATE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Campaign feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCampaignPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_campaign_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_campaign_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__CAMPAIGN,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_round_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_round_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__ROUND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Redo Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRedoOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_redoOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_redoOf_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__REDO_OF,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_plannedStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_plannedStart_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__PLANNED_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_plannedEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_plannedEnd_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__PLANNED_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Started At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_startedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_startedAt_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__STARTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Completed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_completedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_completedAt_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__COMPLETED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signed Off By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignedOffByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_signedOffBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_signedOffBy_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__SIGNED_OFF_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signed Off At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignedOffAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_signedOffAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_signedOffAt_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__SIGNED_OFF_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rejection Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRejectionReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_rejectionReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_rejectionReason_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__REJECTION_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Before Resumption feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBeforeResumptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Inspection_beforeResumption_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Inspection_beforeResumption_feature", "_UI_Inspection_type"),
				 InspectionPackage.Literals.INSPECTION__BEFORE_RESUMPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(InspectionPackage.Literals.INSPECTION__TEAM);
			childrenFeatures.add(InspectionPackage.Literals.INSPECTION__RESULTS);
			childrenFeatures.add(InspectionPackage.Literals.INSPECTION__FINDINGS);
			childrenFeatures.add(InspectionPackage.Literals.INSPECTION__ATTACHMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Inspection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Inspection"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Inspection)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Inspection_type") :
			getString("_UI_Inspection_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Inspection.class)) {
			case InspectionPackage.INSPECTION__KIND:
			case InspectionPackage.INSPECTION__STATUS:
			case InspectionPackage.INSPECTION__ROUND:
			case InspectionPackage.INSPECTION__PLANNED_START:
			case InspectionPackage.INSPECTION__PLANNED_END:
			case InspectionPackage.INSPECTION__STARTED_AT:
			case InspectionPackage.INSPECTION__COMPLETED_AT:
			case InspectionPackage.INSPECTION__SIGNED_OFF_AT:
			case InspectionPackage.INSPECTION__REJECTION_REASON:
			case InspectionPackage.INSPECTION__BEFORE_RESUMPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case InspectionPackage.INSPECTION__TEAM:
			case InspectionPackage.INSPECTION__RESULTS:
			case InspectionPackage.INSPECTION__FINDINGS:
			case InspectionPackage.INSPECTION__ATTACHMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(InspectionPackage.Literals.INSPECTION__TEAM,
				 InspectionFactory.eINSTANCE.createTeamMember()));

		newChildDescriptors.add
			(createChildParameter
				(InspectionPackage.Literals.INSPECTION__RESULTS,
				 InspectionFactory.eINSTANCE.createItemResult()));

		newChildDescriptors.add
			(createChildParameter
				(InspectionPackage.Literals.INSPECTION__FINDINGS,
				 InspectionFactory.eINSTANCE.createFinding()));

		newChildDescriptors.add
			(createChildParameter
				(InspectionPackage.Literals.INSPECTION__ATTACHMENTS,
				 InspectionFactory.eINSTANCE.createAttachment()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return MinewatchEditPlugin.INSTANCE;
	}

}
