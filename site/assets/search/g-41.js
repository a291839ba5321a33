(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-41"]={"p":"hFiZhEhNhOiJ"};
