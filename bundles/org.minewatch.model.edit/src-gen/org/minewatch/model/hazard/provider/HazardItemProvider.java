/**
 */
package org.minewatch.model.hazard.provider;


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

import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.InspectionFactory;

/**
 * This is the item provider adapter for a {@link org.minewatch.model.hazard.Hazard} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HazardItemProvider extends LegalRecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardItemProvider(AdapterFactory adapterFactory) {
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

			addNumberPropertyDescriptor(object);
			addMinePropertyDescriptor(object);
			addAreaPropertyDescriptor(object);
			addPlacePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addGradePropertyDescriptor(object);
			addMineGradePropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addSourceInspectionPropertyDescriptor(object);
			addSourceResultPropertyDescriptor(object);
			addFoundByPropertyDescriptor(object);
			addFoundAtPropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addFixedOnSpotPropertyDescriptor(object);
			addAreaStoppedPropertyDescriptor(object);
			addPeopleWithdrawnPropertyDescriptor(object);
			addReportedAtPropertyDescriptor(object);
			addUncitedReasonPropertyDescriptor(object);
			addAcceptanceRequestedAtPropertyDescriptor(object);
			addRepeatOfPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_number_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_number_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__NUMBER,
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
				 getString("_UI_Hazard_mine_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_mine_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__MINE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_area_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_area_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__AREA,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Place feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_place_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_place_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__PLACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_description_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Grade feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGradePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_grade_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_grade_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__GRADE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mine Grade feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMineGradePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_mineGrade_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_mineGrade_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__MINE_GRADE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_category_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__CATEGORY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_source_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Inspection feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceInspectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_sourceInspection_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_sourceInspection_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__SOURCE_INSPECTION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Result feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceResultPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_sourceResult_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_sourceResult_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__SOURCE_RESULT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Found By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFoundByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_foundBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_foundBy_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__FOUND_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Found At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFoundAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_foundAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_foundAt_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__FOUND_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_state_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_state_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed On Spot feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedOnSpotPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_fixedOnSpot_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_fixedOnSpot_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__FIXED_ON_SPOT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Area Stopped feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreaStoppedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_areaStopped_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_areaStopped_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__AREA_STOPPED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the People Withdrawn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeopleWithdrawnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_peopleWithdrawn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_peopleWithdrawn_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__PEOPLE_WITHDRAWN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reported At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_reportedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_reportedAt_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__REPORTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uncited Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUncitedReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_uncitedReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_uncitedReason_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__UNCITED_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Acceptance Requested At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcceptanceRequestedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_acceptanceRequestedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_acceptanceRequestedAt_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__ACCEPTANCE_REQUESTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Repeat Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRepeatOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hazard_repeatOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Hazard_repeatOf_feature", "_UI_Hazard_type"),
				 HazardPackage.Literals.HAZARD__REPEAT_OF,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(HazardPackage.Literals.HAZARD__CITATION);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__RECTIFICATION);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__PLAN);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__SUPERVISION);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__EXTENSIONS);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__ACCEPTANCES);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__TRANSITIONS);
			childrenFeatures.add(HazardPackage.Literals.HAZARD__ATTACHMENTS);
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
	 * This returns Hazard.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Hazard"));
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
		String label = ((Hazard)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Hazard_type") :
			getString("_UI_Hazard_type") + " " + label;
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

		switch (notification.getFeatureID(Hazard.class)) {
			case HazardPackage.HAZARD__NUMBER:
			case HazardPackage.HAZARD__PLACE:
			case HazardPackage.HAZARD__DESCRIPTION:
			case HazardPackage.HAZARD__GRADE:
			case HazardPackage.HAZARD__MINE_GRADE:
			case HazardPackage.HAZARD__SOURCE:
			case HazardPackage.HAZARD__FOUND_AT:
			case HazardPackage.HAZARD__STATE:
			case HazardPackage.HAZARD__FIXED_ON_SPOT:
			case HazardPackage.HAZARD__AREA_STOPPED:
			case HazardPackage.HAZARD__PEOPLE_WITHDRAWN:
			case HazardPackage.HAZARD__REPORTED_AT:
			case HazardPackage.HAZARD__UNCITED_REASON:
			case HazardPackage.HAZARD__ACCEPTANCE_REQUESTED_AT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case HazardPackage.HAZARD__CITATION:
			case HazardPackage.HAZARD__RECTIFICATION:
			case HazardPackage.HAZARD__PLAN:
			case HazardPackage.HAZARD__SUPERVISION:
			case HazardPackage.HAZARD__EXTENSIONS:
			case HazardPackage.HAZARD__ACCEPTANCES:
			case HazardPackage.HAZARD__TRANSITIONS:
			case HazardPackage.HAZARD__ATTACHMENTS:
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
				(HazardPackage.Literals.HAZARD__CITATION,
				 HazardFactory.eINSTANCE.createCitation()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__RECTIFICATION,
				 HazardFactory.eINSTANCE.createRectification()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__PLAN,
				 HazardFactory.eINSTANCE.createRectificationPlan()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__SUPERVISION,
				 HazardFactory.eINSTANCE.createSupervision()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__EXTENSIONS,
				 HazardFactory.eINSTANCE.createDeadlineExtension()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__ACCEPTANCES,
				 HazardFactory.eINSTANCE.createAcceptance()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__TRANSITIONS,
				 HazardFactory.eINSTANCE.createTransition()));

		newChildDescriptors.add
			(createChildParameter
				(HazardPackage.Literals.HAZARD__ATTACHMENTS,
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
