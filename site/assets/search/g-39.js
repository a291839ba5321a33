(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-39"]={"p":"hRidiYhNUZjL"};
