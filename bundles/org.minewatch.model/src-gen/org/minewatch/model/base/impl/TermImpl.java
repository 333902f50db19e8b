/**
 */
package org.minewatch.model.base.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getLabelZh <em>Label Zh</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#isRetired <em>Retired</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.base.impl.TermImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TermImpl extends MinimalEObjectImpl.Container implements Term {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelZh() <em>Label Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelZh()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelZh() <em>Label Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelZh()
	 * @generated
	 * @ordered
	 */
	protected String labelZh = LABEL_ZH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RETIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected boolean retired = RETIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Term> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BasePackage.Literals.TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelZh() {
		return labelZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelZh(String newLabelZh) {
		String oldLabelZh = labelZh;
		labelZh = newLabelZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__LABEL_ZH, oldLabelZh, labelZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRetired() {
		return retired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetired(boolean newRetired) {
		boolean oldRetired = retired;
		retired = newRetired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__RETIRED, oldRetired, retired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vocabulary getVocabulary() {
		if (eContainerFeatureID() != BasePackage.TERM__VOCABULARY) return null;
		return (Vocabulary)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVocabulary(Vocabulary newVocabulary, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newVocabulary, BasePackage.TERM__VOCABULARY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabulary(Vocabulary newVocabulary) {
		if (newVocabulary != eInternalContainer() || (eContainerFeatureID() != BasePackage.TERM__VOCABULARY && newVocabulary != null)) {
			if (EcoreUtil.isAncestor(this, newVocabulary))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newVocabulary != null)
				msgs = ((InternalEObject)newVocabulary).eInverseAdd(this, BasePackage.VOCABULARY__TERMS, Vocabulary.class, msgs);
			msgs = basicSetVocabulary(newVocabulary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__VOCABULARY, newVocabulary, newVocabulary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getParent() {
		if (eContainerFeatureID() != BasePackage.TERM__PARENT) return null;
		return (Term)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Term newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, BasePackage.TERM__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Term newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != BasePackage.TERM__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, BasePackage.TERM__CHILDREN, Term.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BasePackage.TERM__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Term> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Term>(Term.class, this, BasePackage.TERM__CHILDREN, BasePackage.TERM__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BasePackage.TERM__VOCABULARY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetVocabulary((Vocabulary)otherEnd, msgs);
			case BasePackage.TERM__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Term)otherEnd, msgs);
			case BasePackage.TERM__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BasePackage.TERM__VOCABULARY:
				return basicSetVocabulary(null, msgs);
			case BasePackage.TERM__PARENT:
				return basicSetParent(null, msgs);
			case BasePackage.TERM__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case BasePackage.TERM__VOCABULARY:
				return eInternalContainer().eInverseRemove(this, BasePackage.VOCABULARY__TERMS, Vocabulary.class, msgs);
			case BasePackage.TERM__PARENT:
				return eInternalContainer().eInverseRemove(this, BasePackage.TERM__CHILDREN, Term.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BasePackage.TERM__CODE:
				return getCode();
			case BasePackage.TERM__LABEL_ZH:
				return getLabelZh();
			case BasePackage.TERM__LABEL_EN:
				return getLabelEn();
			case BasePackage.TERM__RETIRED:
				return isRetired();
			case BasePackage.TERM__VOCABULARY:
				return getVocabulary();
			case BasePackage.TERM__PARENT:
				return getParent();
			case BasePackage.TERM__CHILDREN:
				return getChildren();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BasePackage.TERM__CODE:
				setCode((String)newValue);
				return;
			case BasePackage.TERM__LABEL_ZH:
				setLabelZh((String)newValue);
				return;
			case BasePackage.TERM__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case BasePackage.TERM__RETIRED:
				setRetired((Boolean)newValue);
				return;
			case BasePackage.TERM__VOCABULARY:
				setVocabulary((Vocabulary)newValue);
				return;
			case BasePackage.TERM__PARENT:
				setParent((Term)newValue);
				return;
			case BasePackage.TERM__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Term>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BasePackage.TERM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case BasePackage.TERM__LABEL_ZH:
				setLabelZh(LABEL_ZH_EDEFAULT);
				return;
			case BasePackage.TERM__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case BasePackage.TERM__RETIRED:
				setRetired(RETIRED_EDEFAULT);
				return;
			case BasePackage.TERM__VOCABULARY:
				setVocabulary((Vocabulary)null);
				return;
			case BasePackage.TERM__PARENT:
				setParent((Term)null);
				return;
			case BasePackage.TERM__CHILDREN:
				getChildren().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BasePackage.TERM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case BasePackage.TERM__LABEL_ZH:
				return LABEL_ZH_EDEFAULT == null ? labelZh != null : !LABEL_ZH_EDEFAULT.equals(labelZh);
			case BasePackage.TERM__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case BasePackage.TERM__RETIRED:
				return retired != RETIRED_EDEFAULT;
			case BasePackage.TERM__VOCABULARY:
				return getVocabulary() != null;
			case BasePackage.TERM__PARENT:
				return getParent() != null;
			case BasePackage.TERM__CHILDREN:
				return children != null && !children.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", labelZh: ");
		result.append(labelZh);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(", retired: ");
		result.append(retired);
		result.append(')');
		return result.toString();
	}

} //TermImpl
