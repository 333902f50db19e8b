/**
 */
package org.minewatch.model.enforcement.provider;


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

import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementFactory;
import org.minewatch.model.enforcement.EnforcementPackage;

/**
 * This is the item provider adapter for a {@link org.minewatch.model.enforcement.EnforcementDocument} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EnforcementDocumentItemProvider extends LegalRecordItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnforcementDocumentItemProvider(AdapterFactory adapterFactory) {
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
			addNumberPropertyDescriptor(object);
			addIssuingAgencyPropertyDescriptor(object);
			addMinePropertyDescriptor(object);
			addInspectionPropertyDescriptor(object);
			addIssuedAtPropertyDescriptor(object);
			addContentPropertyDescriptor(object);
			addStopFromPropertyDescriptor(object);
			addStopToPropertyDescriptor(object);
			addResumeConditionsPropertyDescriptor(object);
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
				 getString("_UI_EnforcementDocument_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_kind_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_EnforcementDocument_number_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_number_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issuing Agency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuingAgencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_issuingAgency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_issuingAgency_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__ISSUING_AGENCY,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_EnforcementDocument_mine_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_mine_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__MINE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inspection feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInspectionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_inspection_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_inspection_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__INSPECTION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issued At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_issuedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_issuedAt_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__ISSUED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Content feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_content_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_content_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__CONTENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stop From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStopFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_stopFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_stopFrom_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__STOP_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stop To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStopToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_stopTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_stopTo_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__STOP_TO,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resume Conditions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResumeConditionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnforcementDocument_resumeConditions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnforcementDocument_resumeConditions_feature", "_UI_EnforcementDocument_type"),
				 EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__DECISIONS);
			childrenFeatures.add(EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__SIGNATURES);
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
	 * This returns EnforcementDocument.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/EnforcementDocument"));
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
		String label = ((EnforcementDocument)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_EnforcementDocument_type") :
			getString("_UI_EnforcementDocument_type") + " " + label;
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

		switch (notification.getFeatureID(EnforcementDocument.class)) {
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__KIND:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__NUMBER:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__ISSUED_AT:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__CONTENT:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_FROM:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__STOP_TO:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__RESUME_CONDITIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__DECISIONS:
			case EnforcementPackage.ENFORCEMENT_DOCUMENT__SIGNATURES:
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
				(EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__DECISIONS,
				 EnforcementFactory.eINSTANCE.createDecision()));

		newChildDescriptors.add
			(createChildParameter
				(EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT__SIGNATURES,
				 EnforcementFactory.eINSTANCE.createSignature()));
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
